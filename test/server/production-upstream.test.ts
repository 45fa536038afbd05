/**
 * The real process (`node dist/src/index.js`) in production: without PARTNER_CENTER_API_URL it
 * stops with one line and exit code 1 rather than serve the simulator's fake orders to real
 * clients; `PARTNER_CENTER_API_URL=simulator` is the explicit way to get the simulator, and says so.
 */
import { type ChildProcess, execFile, spawn } from "node:child_process";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "@jest/globals";

const ENTRY = fileURLToPath(new URL("../../dist/src/index.js", import.meta.url));

describe("PARTNER_CENTER_API_URL in production, on the real process", () => {
  const spawned: ChildProcess[] = [];
  afterAll(() => spawned.forEach((child) => child.kill("SIGKILL")));

  it("stops with exactly one line on stderr and exit code 1 when it is unset", async () => {
    const result = await new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
      const child = execFile(process.execPath, [ENTRY], { env: { PATH: process.env.PATH, NODE_ENV: "production", PORT: "0", HOST: "127.0.0.1" } }, (_error, stdout, stderr) =>
        resolve({ code: child.exitCode, stdout, stderr }),
      );
      spawned.push(child);
    });
    expect(result).toEqual({
      code: 1,
      stdout: "",
      stderr:
        "Invalid configuration: PARTNER_CENTER_API_URL is not set, and NODE_ENV=production requires it: set it to Partner Center's base URL, e.g. https://api.partnercenter.microsoft.com, or to simulator to serve the embedded simulator\n",
    });
  });

  it("serves the embedded simulator when it is simulator, says so in one log line, and exits 0 on SIGTERM", async () => {
    const child = spawn(process.execPath, [ENTRY], {
      env: { PATH: process.env.PATH, NODE_ENV: "production", PARTNER_CENTER_API_URL: "simulator", PORT: "0", HOST: "127.0.0.1" },
      stdio: ["ignore", "pipe", "inherit"],
    });
    spawned.push(child);
    const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
    const messages: string[] = [];
    const { url } = await new Promise<{ url: string }>((resolve) => {
      createInterface({ input: child.stdout! }).on("line", (line) => {
        const parsed = JSON.parse(line) as { msg: string; url?: string };
        messages.push(parsed.msg);
        if (parsed.msg === "serving GraphQL") resolve({ url: parsed.url! });
      });
    });
    expect(messages).toEqual(["PARTNER_CENTER_API_URL is not set (or is simulator): using the embedded Partner Center simulator", "serving GraphQL"]);
    const response = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: `{ customer(id: "b0d70a69-4c42-4b27-b17b-91a835d8686a") { orders { totalCount } } }` }),
    });
    expect([response.status, await response.json()]).toEqual([200, { data: { customer: { orders: { totalCount: 2 } } } }]);
    child.kill("SIGTERM");
    expect(await exited).toBe(0);
  });
});
