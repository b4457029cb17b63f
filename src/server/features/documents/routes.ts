/**
 * Documents for political meetings: the proposal (indstilling) to the City Council for one urban
 * area and meeting date, as DOCX or PDF. A read: no audit event.
 */
import { z } from 'zod';
import { proposalFilename } from '../../../domain/documents/city-council-proposal.ts';
import { Id } from '../../../domain/schemas/common.ts';
import type { App } from '../../app.ts';
import { actorOf } from '../../http/access.ts';
import { buildCityCouncilProposal } from './build-city-council-proposal.ts';

const tags = ['documents', 'exports'];

export const ProposalQuery = z.strictObject({
  urbanAreaId: Id,
  meetingDate: z.iso.date().describe('The City Council meeting, YYYY-MM-DD'),
  format: z.enum(['docx', 'pdf']).default('docx'),
});

const contentTypes = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
} as const;

export function documentRoutes(app: App): void {
  app.get(
    '/api/exports/city-council-proposal',
    {
      config: { access: 'documents.read' },
      schema: {
        tags,
        summary:
          "The proposal (indstilling) to the City Council for an urban area's plans waiting for it and the area's draft contracts, as DOCX or PDF; 422 when nothing waits",
        querystring: ProposalQuery,
      },
    },
    async (req, reply) => {
      const { urbanAreaId, meetingDate, format } = req.query;
      const proposal = await buildCityCouncilProposal(app.db, actorOf(req), { urbanAreaId, meetingDate });
      // pdfkit and docx are large: loaded with the first document, not at start.
      const body =
        format === 'pdf'
          ? await (await import('./render-pdf.ts')).renderProposalPdf(proposal)
          : await (await import('./render-docx.ts')).renderProposalDocx(proposal);
      const file = proposalFilename(meetingDate, proposal.urbanArea, format);
      return reply
        .header('content-disposition', `attachment; filename="${file}"; filename*=UTF-8''${encodeURIComponent(file)}`)
        .header('cache-control', 'no-store')
        .type(contentTypes[format])
        .send(body);
    },
  );
}
