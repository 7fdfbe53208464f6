import { useCallback, useState } from 'react';
import { ApiFailure, writeHeaders } from '../api/client.ts';
import { uploadWithProgress } from '../api/upload.ts';

export interface ImportProgress {
  phase: 'upload' | 'read' | 'sort' | 'surveys' | 'feedback' | 'done';
  /** 0..1 when known; null while the server reads a stream of unknown length. */
  share: number | null;
  detail: string;
}

export type ImportState =
  | { status: 'idle' }
  | { status: 'running'; progress: ImportProgress }
  | { status: 'ready' }
  | { status: 'failed'; message: string };

const MB = 1024 * 1024;
const mb = (bytes: number) => `${(bytes / MB).toFixed(1)} MB`;

/**
 * Uploads a dataset and follows its import to the end: upload progress from the browser, then the server's
 * phases over server-sent events (read, sort, surveys, feedback), then ready or failed with the reason.
 */
export function useImport(workspaceId: string, onDone: () => void) {
  const [state, setState] = useState<ImportState>({ status: 'idle' });

  const start = useCallback(
    async (form: FormData) => {
      setState({ status: 'running', progress: { phase: 'upload', share: 0, detail: '' } });
      try {
        const answer = await uploadWithProgress<{ progress: string }>(
          `/api/workspaces/${workspaceId}/datasets`,
          form,
          writeHeaders(),
          (sent, total) =>
            setState({
              status: 'running',
              progress: { phase: 'upload', share: total ? sent / total : null, detail: mb(sent) },
            }),
        );
        await follow(answer.progress, (progress) => setState({ status: 'running', progress }));
        setState({ status: 'ready' });
        onDone();
      } catch (failure) {
        setState({ status: 'failed', message: failure instanceof Error ? failure.message : String(failure) });
      }
    },
    [workspaceId, onDone],
  );

  return { state, start, reset: () => setState({ status: 'idle' }) };
}

/** Listens to the import's event stream until it ends. */
function follow(url: string, onProgress: (p: ImportProgress) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    const source = new EventSource(url);
    source.addEventListener('progress', (event) => {
      const p = JSON.parse((event as MessageEvent<string>).data) as {
        phase: ImportProgress['phase'];
        done: number;
        total: number | null;
      };
      const share = p.total ? Math.min(1, p.done / p.total) : null;
      onProgress({ phase: p.phase, share, detail: p.phase === 'read' ? mb(p.done) : String(p.done) });
    });
    source.addEventListener('ready', () => {
      source.close();
      resolve();
    });
    source.addEventListener('failed', (event) => {
      source.close();
      // A live failure carries `message`; a dataset that had failed already comes as the dataset with `error`.
      const data = JSON.parse((event as MessageEvent<string>).data) as {
        message?: string;
        error?: { message?: string };
      };
      const message = data.message ?? data.error?.message ?? 'failed';
      reject(new ApiFailure(422, 'import-failed', message, undefined, data));
    });
    source.onerror = () => {
      source.close();
      reject(new ApiFailure(0, 'network', 'The progress stream was cut off.', undefined, undefined));
    };
  });
}
