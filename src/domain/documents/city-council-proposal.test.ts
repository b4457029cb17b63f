import { describe, expect, it } from 'vitest';
import { cityCouncilProposal, danishDate, fileSlug, proposalFilename } from './city-council-proposal.ts';

describe('the City Council proposal model', () => {
  it('formats dates and filenames the Danish way', () => {
    expect(danishDate('2013-06-20')).toBe('20. juni 2013');
    expect(danishDate('2014-01-01')).toBe('1. januar 2014');
    expect(fileSlug('Nørrebro')).toBe('norrebro');
    expect(fileSlug('Ærø Åby')).toBe('aero-aaby');
    expect(proposalFilename('2013-06-20', 'Nørrebro', 'docx')).toBe('indstilling-BR-2013-06-20-norrebro.docx');
  });

  it('proposes each plan, its municipal co-financing with the pool draw, and each contract', () => {
    const lines = [
      { year: 2013, interventionAreaId: 'a', activityId: null, source: 'fund' as const, municipalPart: null, amountOre: 750_000_00 },
      { year: 2013, interventionAreaId: 'a', activityId: null, source: 'municipal' as const, municipalPart: 'contract' as const, amountOre: 250_000_00 },
    ];
    const p = cityCouncilProposal({
      meetingDate: '2013-06-20',
      urbanArea: 'Nørrebro',
      municipality: 'Københavns Kommune',
      plans: [{ name: 'P', leadOrganisation: 'fsb', estates: [], startDate: '2013-01-01', endDate: '2013-12-31', fundingPeriodName: '2011–14', challenges: '', goals: [], budgetLines: lines, interventionAreas: [{ id: 'a', number: 1, name: 'A' }], poolAllocations: [{ poolName: 'Pulje', amountOre: 100_000_00 }], findings: [] }],
      contracts: [{ interventionArea: { number: 1, name: 'A' }, workingGroup: 'W', administrations: [], housingOrganisations: [], purpose: '', goals: [], tasks: [], municipalPart: [], validFrom: null, validTo: null, revisionClause: '' }],
    });
    expect(p.totals).toEqual({ frameOre: 1_000_000_00, municipalOre: 250_000_00, poolOre: 100_000_00 });
    const list = p.sections[0]!.blocks.find((b) => b.kind === 'list');
    expect(list?.kind === 'list' && list.items).toEqual([
      'at den boligsociale helhedsplan »P« for perioden 1. januar 2013 – 31. december 2013 godkendes med en samlet ramme på 1.000.000,00 kr.',
      'at den kommunale medfinansiering af »P« på 250.000,00 kr. (25 % af rammen) godkendes, finansieret med 100.000,00 kr. fra puljen »Pulje«',
      'at kontrakten om boligsocialt samarbejde i Nørrebro for indsatsområdet »1. A« godkendes',
    ]);
  });
});
