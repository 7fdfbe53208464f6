import { ApiFailure } from './client.ts';

/**
 * Posts multipart form data with upload progress (fetch cannot report it): `onProgress(sent, total)` while the
 * bytes go out. Resolves with the JSON answer; a refusal becomes an `ApiFailure` like every other API call.
 */
export function uploadWithProgress<T>(
  url: string,
  form: FormData,
  headers: Record<string, string>,
  onProgress: (sent: number, total: number) => void,
): Promise<T> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', url);
    for (const [name, value] of Object.entries(headers)) xhr.setRequestHeader(name, value);
    xhr.upload.onprogress = (event) => onProgress(event.loaded, event.lengthComputable ? event.total : 0);
    xhr.onerror = () => reject(new ApiFailure(0, 'network', 'The upload was cut off.', undefined, undefined));
    xhr.onload = () => {
      let data: unknown;
      try {
        data = xhr.responseText ? JSON.parse(xhr.responseText) : undefined;
      } catch {
        data = undefined;
      }
      if (xhr.status >= 200 && xhr.status < 300) {
        resolve(data as T);
        return;
      }
      const error = (data as { error?: { code?: string; message?: string; path?: string } } | undefined)
        ?.error;
      reject(
        new ApiFailure(
          xhr.status,
          error?.code ?? 'http',
          error?.message ?? xhr.statusText,
          error?.path,
          data,
        ),
      );
    };
    xhr.send(form);
  });
}
