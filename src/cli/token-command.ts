/**
 * A token provider that runs a shell command (such as `gcloud auth print-access-token`) and uses its
 * trimmed output. The command runs once per process; access tokens outlive a conformance run.
 */
import { exec } from "node:child_process";

/** @param timeoutMs how long the command may take. @default 30000 */
export function tokenFromCommand(command: string, timeoutMs = 30_000): () => Promise<string> {
  let token: Promise<string> | undefined;
  return () => {
    token ??= new Promise<string>((resolve, reject) => {
      exec(command, { timeout: timeoutMs }, (err, stdout, stderr) => {
        if (err) return reject(new Error(`--token-command failed: ${err.message.trim()}\n${stderr}`.trim()));
        const value = stdout.trim();
        if (!value) return reject(new Error(`--token-command printed no token: ${command}`));
        resolve(value);
      });
    });
    return token;
  };
}
