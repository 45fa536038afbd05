/**
 * HOST and PORT are only proved good by listening: the real process that cannot listen stops like
 * on any other bad value, with one line on stderr naming the variable and what it accepts, exit 1.
 */
import { execFile } from "node:child_process";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";

const ENTRY = fileURLToPath(new URL("../../dist/src/index.js", import.meta.url));

function run(env: Record<string, string>): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    // An upstream URL that is never called at start-up, so no simulator starts and logs.
    const child = execFile(process.execPath, [ENTRY], { env: { PATH: process.env.PATH, PARTNER_CENTER_API_URL: "http://127.0.0.1:9", ...env }, timeout: 30_000 }, (_error, stdout, stderr) =>
      resolve({ code: child.exitCode, stdout, stderr }),
    );
  });
}

describe("a HOST or PORT the process cannot listen on", () => {
  const occupied = http.createServer();
  let port = 0;
  beforeAll(async () => {
    await new Promise<void>((resolve) => occupied.listen(0, "127.0.0.1", resolve));
    port = (occupied.address() as AddressInfo).port;
  });
  afterAll(() => new Promise<void>((resolve) => occupied.close(() => resolve())));

  it.each([
    ["a host name that does not resolve", "no-such-host.invalid", "ENOTFOUND"],
    ["an address that is not this machine's", "192.0.2.1", "EADDRNOTAVAIL"],
  ])("stops with one line naming HOST for %s", async (_case, host, code) => {
    expect(await run({ HOST: host, PORT: "0" })).toEqual({
      code: 1,
      stdout: "",
      stderr: `Invalid configuration: HOST="${host}": cannot listen on it (${code}): expected a host name or address of this machine, e.g. localhost, 127.0.0.1 or 0.0.0.0\n`,
    });
  });

  it("stops with one line naming PORT when the port is taken", async () => {
    expect(await run({ HOST: "127.0.0.1", PORT: String(port) })).toEqual({
      code: 1,
      stdout: "",
      stderr: `Invalid configuration: PORT="${port}": cannot listen on it at HOST="127.0.0.1" (EADDRINUSE): expected a free port from 0 to 65535 that this user may open\n`,
    });
  });
});
