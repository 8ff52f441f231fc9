import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { delimiter, join } from "node:path";

/** The simulator is a Java 17 program. */
export const MINIMUM_JAVA_VERSION = 17;

/** Java is missing, cannot be run, or is older than {@link MINIMUM_JAVA_VERSION}. */
export class JavaNotFoundError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "JavaNotFoundError";
  }
}

export interface JavaRuntime {
  /** The java executable that will run the simulator. */
  executable: string;
  /** Its feature version: 17, 21, ... */
  version: number;
}

const executableName = process.platform === "win32" ? "java.exe" : "java";

/**
 * Finds the java that runs the simulator: the one given, else JAVA_HOME's (when JAVA_HOME is set, as Maven and
 * Gradle do), else the first on PATH; and checks that it is Java 17 or newer.
 */
export function findJava(explicit?: string, env: NodeJS.ProcessEnv = process.env): JavaRuntime {
  const executable = explicit ?? fromJavaHome(env) ?? fromPath(env);
  if (executable === undefined) {
    throw new JavaNotFoundError(
      `zosmf-sim needs Java ${MINIMUM_JAVA_VERSION} or newer, but found no '${executableName}' on PATH and JAVA_HOME ` +
        "is not set; install a JDK or JRE 17+ and put it on PATH, or set JAVA_HOME to it");
  }
  const version = javaVersion(executable);
  if (version < MINIMUM_JAVA_VERSION) {
    throw new JavaNotFoundError(
      `zosmf-sim needs Java ${MINIMUM_JAVA_VERSION} or newer, but ${executable} is Java ${version}; ` +
        `set JAVA_HOME to a Java ${MINIMUM_JAVA_VERSION}+ installation or put one first on PATH`);
  }
  return { executable, version };
}

function fromJavaHome(env: NodeJS.ProcessEnv): string | undefined {
  const home = env.JAVA_HOME;
  if (home === undefined || home === "") {
    return undefined;
  }
  const executable = join(home, "bin", executableName);
  if (!existsSync(executable)) {
    throw new JavaNotFoundError(
      `zosmf-sim needs Java ${MINIMUM_JAVA_VERSION} or newer: JAVA_HOME is ${home}, but ${executable} does not exist; ` +
        "point JAVA_HOME at a Java 17+ installation or unset it to use the java on PATH");
  }
  return executable;
}

function fromPath(env: NodeJS.ProcessEnv): string | undefined {
  for (const folder of (env.PATH ?? "").split(delimiter)) {
    const candidate = join(folder === "" ? "." : folder, executableName);
    if (existsSync(candidate)) {
      return candidate;
    }
  }
  return undefined;
}

/** Runs 'java -version' and reads the feature version: "1.8.0_392" is 8, "17.0.15" is 17, "21" is 21. */
function javaVersion(executable: string): number {
  const result = spawnSync(executable, ["-version"], { encoding: "utf8", timeout: 30_000 });
  if (result.error !== undefined) {
    throw new JavaNotFoundError(
      `zosmf-sim needs Java ${MINIMUM_JAVA_VERSION} or newer, but ${executable} could not be run: ${result.error.message}`);
  }
  const output = `${result.stderr ?? ""}${result.stdout ?? ""}`;
  const match = /version "([^"]+)"/.exec(output);
  if (result.status !== 0 || match === null) {
    throw new JavaNotFoundError(
      `zosmf-sim needs Java ${MINIMUM_JAVA_VERSION} or newer, but '${executable} -version' did not tell its version ` +
        `(exit ${result.status}): ${output.trim()}`);
  }
  const parts = match[1].split(/[.\-+_]/);
  return Number(parts[0] === "1" ? parts[1] : parts[0]);
}
