import {createReadStream, existsSync, statSync} from "node:fs";
import {createServer, type IncomingMessage, type ServerResponse} from "node:http";
import type {AddressInfo} from "node:net";
import {extname, join, resolve, sep} from "node:path";

/** Content types by file extension; anything else is served as application/octet-stream. */
export const MIME_TYPES: Readonly<Record<string, string>> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".wasm": "application/wasm",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".jpeg": "image/jpeg",
  ".gif": "image/gif",
  ".webp": "image/webp",
  ".ico": "image/x-icon",
  ".woff": "font/woff",
  ".woff2": "font/woff2",
  ".ttf": "font/ttf",
  ".txt": "text/plain; charset=utf-8",
  ".md": "text/markdown; charset=utf-8",
  ".csv": "text/csv; charset=utf-8",
  ".tsv": "text/tab-separated-values; charset=utf-8",
  ".parquet": "application/vnd.apache.parquet",
  ".arrow": "application/vnd.apache.arrow.file",
  ".onnx": "application/octet-stream",
  ".zip": "application/zip"
};

export interface StaticServer {
  /** Origin without a trailing slash, e.g. `http://127.0.0.1:41234`. */
  origin: string;
  close(): Promise<void>;
}

/** How a request path maps onto the served folder. */
export type Resolution = {file: string} | {redirect: string} | {notFound: true};

/**
 * Maps a URL path onto a file in `dir` the way a plain static host does (`python3 -m http.server`, nginx or S3
 * without rewrite rules): `/` and `/dir/` serve `index.html`, `/dir` redirects to `/dir/` when `dir/index.html`
 * exists, and nothing else is guessed: `/drift` is not found when only `drift.html` exists. A site that works here
 * works on any static host. Paths that leave `dir` (`/../x`, encoded or not) are not found.
 * @example
 * resolveRequestPath("dist", "/drift.html"); // => {file: "/abs/dist/drift.html"}
 * resolveRequestPath("dist", "/drift"); // => {notFound: true}
 */
export function resolveRequestPath(dir: string, urlPath: string): Resolution {
  const root = resolve(dir);
  let path: string;
  try {
    path = decodeURIComponent(urlPath);
  } catch {
    return {notFound: true};
  }
  if (!path.startsWith("/") || path.includes("\0")) return {notFound: true};
  const file = resolve(join(root, path));
  if (file !== root && !file.startsWith(root + sep)) return {notFound: true};
  const isFile = (f: string): boolean => existsSync(f) && statSync(f).isFile();
  if (path.endsWith("/")) return isFile(join(file, "index.html")) ? {file: join(file, "index.html")} : {notFound: true};
  if (isFile(file)) return {file};
  if (isFile(join(file, "index.html"))) return {redirect: `${path}/`};
  return {notFound: true};
}

/**
 * Serves `dir` on 127.0.0.1 at a free port: GET and HEAD only, `Cache-Control: no-store`, MIME types from
 * `MIME_TYPES` (wasm as application/wasm, which `WebAssembly.instantiateStreaming` requires), paths resolved as by
 * a plain static host (`resolveRequestPath`: no extension guessed), and `dir/404.html` (if present) with status 404 for anything else.
 * @example
 * const server = await startStaticServer("dist");
 * await fetch(`${server.origin}/`); // index.html
 * await server.close();
 */
export async function startStaticServer(dir: string): Promise<StaticServer> {
  const root = resolve(dir);
  const server = createServer((request, response) => handle(root, request, response));
  await new Promise<void>((done, fail) => {
    server.once("error", fail);
    server.listen(0, "127.0.0.1", done);
  });
  const {port} = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((done, fail) => {
        server.close((error) => (error ? fail(error) : done()));
        server.closeAllConnections();
      })
  };
}

function handle(root: string, request: IncomingMessage, response: ServerResponse): void {
  if (request.method !== "GET" && request.method !== "HEAD") {
    response.writeHead(405, {Allow: "GET, HEAD"}).end();
    return;
  }
  const {pathname} = new URL(request.url ?? "/", "http://127.0.0.1");
  const resolution = resolveRequestPath(root, pathname);
  if ("redirect" in resolution) {
    response.writeHead(302, {Location: resolution.redirect}).end();
    return;
  }
  const notFound = join(root, "404.html");
  const file = "file" in resolution ? resolution.file : existsSync(notFound) ? notFound : undefined;
  const status = "file" in resolution ? 200 : 404;
  if (file === undefined) {
    response.writeHead(404, {"Content-Type": MIME_TYPES[".txt"]}).end("not found\n");
    return;
  }
  response.writeHead(status, {
    "Content-Type": MIME_TYPES[extname(file).toLowerCase()] ?? "application/octet-stream",
    "Content-Length": statSync(file).size,
    "Cache-Control": "no-store"
  });
  if (request.method === "HEAD") response.end();
  else createReadStream(file).pipe(response);
}
