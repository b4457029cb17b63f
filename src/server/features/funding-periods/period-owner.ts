/** PERIOD-OWNER asked before a period or a municipality's parameters change: 403 naming the rule. */
import { AppError } from '../../../domain/errors.ts';
import { type PeriodChange, periodOwner } from '../../../domain/rules/periods.ts';
import { toViolation } from '../../../domain/rules/rule.ts';

export function authorizePeriodChange(attempt: PeriodChange): void {
  const findings = periodOwner.check(attempt);
  if (findings.length > 0) throw new AppError('forbidden', findings[0]!.message, findings.map(toViolation));
}
