import { AppError } from '../../../domain/errors.ts';
import type { SignedInCtx } from '../../context.ts';
import { removeForumRow } from './remove-forum-row.ts';
import { workingGroupWhat } from './update-working-group.ts';

/**
 * Removes a working group from a forum; the audit trail keeps what the group row held. A group
 * that drafts a cooperation contract stays (CON-WORKING-GROUP: a contract is drafted by a working
 * group), refused with 409 rather than left to the foreign key.
 */
export async function removeWorkingGroup(ctx: SignedInCtx, forumId: string, groupId: string, version: number) {
  await removeForumRow(ctx, {
    table: 'workingGroup',
    forumId,
    id: groupId,
    version,
    what: workingGroupWhat,
    refuseIfInUse: async (row, trx) => {
      const { count } = await trx
        .selectFrom('contract')
        .select((eb) => eb.fn.countAll<string>().as('count'))
        .where('workingGroupId', '=', groupId)
        .executeTakeFirstOrThrow();
      const n = Number(count);
      if (n > 0) throw groupInUse(String(row.name), n);
    },
  });
}

const groupInUse = (name: string, n: number): AppError => {
  const da = {
    contracts: n === 1 ? 'en samarbejdskontrakt' : `${n} samarbejdskontrakter`,
    them: n === 1 ? 'kontrakten' : 'kontrakterne',
  };
  const en = { contracts: n === 1 ? 'a cooperation contract' : `${n} cooperation contracts`, them: n === 1 ? 'it' : 'them' };
  const message = {
    da: `Arbejdsgruppen «${name}» udarbejder ${da.contracts} og kan ikke fjernes. En kontrakt udarbejdes af en arbejdsgruppe (CON-WORKING-GROUP): flyt ${da.them} til en anden arbejdsgruppe først.`,
    en: `The working group "${name}" drafts ${en.contracts} and cannot be removed. A contract is drafted by a working group (CON-WORKING-GROUP): move ${en.them} to another working group first.`,
  };
  return new AppError('conflict', message, [{ rule: 'CON-WORKING-GROUP', path: 'params.groupId', message }]);
};
