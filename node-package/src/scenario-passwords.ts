/**
 * The users' passwords from the scenario YAML the admin API exports (GET /zosmf-sim/v1/scenario): the admin API's
 * user list leaves passwords out. Reads only the "users:" block, whose layout the export fixes:
 *   users:
 *     COLIN:
 *       password: PASSWORD
 */
export function scenarioPasswords(yaml: string): Map<string, string> {
  const passwords = new Map<string, string>();
  let inUsers = false;
  let user: string | undefined;
  for (const line of yaml.split(/\r?\n/)) {
    if (/^\S/.test(line)) {
      inUsers = /^users:\s*$/.test(line);
      user = undefined;
      continue;
    }
    if (!inUsers) {
      continue;
    }
    const name = /^ {2}([^\s:#][^:]*):\s*$/.exec(line);
    if (name) {
      user = unquote(name[1]).toUpperCase();
      continue;
    }
    const password = /^ {4}password:\s*(.+?)\s*$/.exec(line);
    if (password && user !== undefined) {
      passwords.set(user, unquote(password[1]));
    }
  }
  return passwords;
}

function unquote(text: string): string {
  if (text.length >= 2 && text.startsWith('"') && text.endsWith('"')) {
    return JSON.parse(text) as string;
  }
  if (text.length >= 2 && text.startsWith("'") && text.endsWith("'")) {
    return text.slice(1, -1).replace(/''/g, "'");
  }
  return text;
}
