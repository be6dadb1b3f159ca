/** One or more environment variables hold values that cannot be used; lists all of them. */
export class InvalidSettingsError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`Invalid settings: ${problems.join('; ')}`);
    this.name = new.target.name;
  }
}
