/** A table of rule parameters with their values; an inferred one says so, with the reason (PERIOD-OWNER). */
import { DataTable } from '../../components/DataTable.tsx';
import { locale } from '../../components/format.ts';
import { type Language, useLanguage } from '../../i18n.ts';
import { useTexts } from '../../texts.ts';
import { type RuleKey, ruleName } from './rules.ts';
import { fundingTexts } from './texts.ts';

function ruleValue(key: RuleKey, value: number, lang: Language): string {
  if (key.endsWith('Bp')) return `${(value / 100).toLocaleString(locale(lang), { minimumFractionDigits: 2, maximumFractionDigits: 2 })} %`;
  return value.toLocaleString(locale(lang));
}

export function RulesTable<K extends RuleKey>(props: {
  caption: string;
  keys: readonly K[];
  rules: Record<K, number>;
  inferred: Record<string, { da: string; en: string } | undefined>;
}) {
  const t = useTexts(fundingTexts);
  const lang = useLanguage();
  return (
    <DataTable
      caption={props.caption}
      rows={[...props.keys]}
      rowKey={(k) => k}
      columns={[
        { header: t('funding.rule'), cell: (k) => t(ruleName(k)) },
        { header: t('funding.value'), cell: (k) => ruleValue(k, props.rules[k], lang), numeric: true },
        {
          header: t('funding.basis'),
          cell: (k) => {
            const reason = props.inferred[k];
            if (!reason) return t('funding.fromSources');
            return (
              <span data-inferred={k}>
                <span className="badge badge-warning">{t('funding.inferred')}</span> {reason[lang]}
              </span>
            );
          },
        },
      ]}
    />
  );
}
