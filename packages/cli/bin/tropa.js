#!/usr/bin/env node
// Runs the TypeScript sources directly: Node 20 cannot strip types, so tsx's loader is registered first.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/main.ts');
process.exitCode = await main(process.argv.slice(2));
