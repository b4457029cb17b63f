/** The words of the pool pages. */
import { defineTexts } from '../../texts.ts';

export const poolTexts = defineTexts({
  'pools.title': ['Puljer', 'Pools'],
  'pools.intro': [
    'Kommunens puljer til medfinansiering af helhedsplaner: kapacitet, disponeret, reserveret og fri.',
    'The municipality’s pools for co-financing plans: capacity, committed, reserved and free.',
  ],
  'pools.caption': ['Puljer', 'Pools'],
  'pools.name': ['Pulje', 'Pool'],
  'pools.poolName': ['Puljens navn', 'Name of the pool'],
  'pools.budgetYear': ['Budgetår', 'Budget year'],
  'pools.capacity': ['Kapacitet', 'Capacity'],
  'pools.committed': ['Disponeret', 'Committed'],
  'pools.reserved': ['Reserveret', 'Reserved'],
  'pools.free': ['Fri', 'Free'],
  'pools.amountsHint': [
    'En bevilling er reserveret, indtil Borgerrepræsentationen godkender planen, og disponeret derefter; afvises planen eller trækkes den tilbage, frigives beløbet (FIN-POOL-COMMITTED).',
    'An allocation is reserved until the City Council approves the plan and committed from then on; when the plan is refused or withdrawn, the amount is released (FIN-POOL-COMMITTED).',
  ],
  'pools.periods': ['Bevillingsperioder', 'Funding periods'],
  'pools.periodsHint': [
    'Puljen bevilger kun til planer i de valgte perioder (FIN-POOL-PERIOD).',
    'The pool allocates only to plans of the chosen periods (FIN-POOL-PERIOD).',
  ],
  'pools.choosePeriod': ['Vælg mindst én bevillingsperiode', 'Choose at least one funding period'],
  'pools.state': ['Status', 'State'],
  'pools.none': ['Der er ingen puljer.', 'There are no pools.'],
  'pools.create': ['Opret pulje', 'Create pool'],
  'pools.newTitle': ['Opret pulje', 'Create pool'],
  'pools.created': ['Puljen {name} er oprettet.', 'The pool {name} has been created.'],
  'pools.capacityHint': ['I kroner, fx 30.000.000,00', 'In kroner, e.g. 30.000.000,00'],
  'pools.allocations': ['Bevillinger', 'Allocations'],
  'pools.allocationsCaption': ['Bevillinger fra {name}', 'Allocations from {name}'],
  'pools.noAllocations': ['Der er ikke bevilget fra puljen endnu.', 'Nothing has been allocated from the pool yet.'],
  'pools.note': ['Note', 'Note'],
  'pools.allocate': ['Bevilg til en plan', 'Allocate to a plan'],
  'pools.allocateButton': ['Bevilg', 'Allocate'],
  'pools.plan': ['Plan', 'Plan'],
  'pools.amountHint': ['I kroner, fx 1.500.000,00', 'In kroner, e.g. 1.500.000,00'],
  'pools.allocated1': ['{amount} er bevilget til {plan}.', '{amount} has been allocated to {plan}.'],
});
