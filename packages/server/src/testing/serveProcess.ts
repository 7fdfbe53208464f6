// Runs the server in its own process for tests that must kill it: `node --import tsx serveProcess.ts DATA_DIR`.
// Prints `listening <port>` once it answers.
import { buildApp } from '../app.ts';

const dataDir = process.argv[2];
if (!dataDir) throw new Error('usage: serveProcess.ts DATA_DIR');
const app = await buildApp({ dataDir, openSignup: true, scryptCost: { N: 1024, r: 8, p: 1 } });
await app.fastify.listen({ port: 0, host: '127.0.0.1' });
const address = app.fastify.server.address();
process.stdout.write(`listening ${typeof address === 'object' && address ? address.port : 0}\n`);
process.on('SIGTERM', () => void app.close().then(() => process.exit(0)));
