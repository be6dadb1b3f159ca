/** The role an execution reports (`$$.Execution.RoleArn`) when its state machine names none. */
export function defaultRoleArn(accountId: string): string {
  return `arn:aws:iam::${accountId}:role/stepwise`;
}
