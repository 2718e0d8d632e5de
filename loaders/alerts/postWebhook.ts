/** How a webhook delivery went. */
export interface WebhookDelivery {
  delivered: boolean;
  attempts: number;
  /** HTTP status of the last response, or null when none came (network error or timeout). */
  status: number | null;
  /** Why each failed attempt failed: `HTTP 503`, `timeout after 5000 ms`, `ECONNREFUSED`. */
  errors: string[];
}

export interface WebhookOptions {
  /** Attempts in all (default 3). */
  attempts?: number;
  /** Per-attempt timeout in ms (default 5000). */
  timeoutMs?: number;
  /** Wait before retry i (1-based) in ms: default 500 · 2^(i−1). */
  backoffMs?: (retry: number) => number;
}

/**
 * POSTs a JSON document to a webhook (`content-type: application/json`), retrying on a network error, a timeout,
 * HTTP 429 or a 5xx (up to `attempts` in all, exponential backoff); any 2xx is delivered; another status (4xx:
 * the request itself is wrong) is not retried. Never throws for a delivery problem: the result says what happened.
 *
 * @throws {Error} `invalid webhook URL: <url>` for anything but an http(s) URL
 * @example const d = await postWebhook("http://127.0.0.1:9000/hook", report); d.delivered // => true
 */
export async function postWebhook(url: string, body: unknown, options: WebhookOptions = {}): Promise<WebhookDelivery> {
  const {attempts = 3, timeoutMs = 5000, backoffMs = (i: number) => 500 * 2 ** (i - 1)} = options;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new Error(`invalid webhook URL: ${url}`);
  }
  if (parsed.protocol !== "http:" && parsed.protocol !== "https:") throw new Error(`invalid webhook URL: ${url}`);
  if (!(Number.isSafeInteger(attempts) && attempts >= 1)) throw new Error(`invalid attempts: ${attempts}`);
  const payload = JSON.stringify(body);
  const errors: string[] = [];
  let status: number | null = null;
  for (let attempt = 1; attempt <= attempts; ++attempt) {
    if (attempt > 1) await new Promise((resolve) => setTimeout(resolve, backoffMs(attempt - 1)));
    status = null;
    try {
      const response = await fetch(parsed, {
        method: "POST",
        headers: {"content-type": "application/json", "user-agent": "decision-workbench-check"},
        body: payload,
        signal: AbortSignal.timeout(timeoutMs)
      });
      status = response.status;
      await response.arrayBuffer().catch(() => undefined);
      if (response.ok) return {delivered: true, attempts: attempt, status, errors};
      errors.push(`HTTP ${status}`);
      if (status !== 429 && status < 500) return {delivered: false, attempts: attempt, status, errors};
    } catch (error) {
      const e = error as Error & {cause?: {code?: string}};
      errors.push(e.name === "TimeoutError" ? `timeout after ${timeoutMs} ms` : (e.cause?.code ?? e.message));
    }
  }
  return {delivered: false, attempts, status, errors};
}
