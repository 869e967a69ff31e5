import { type FormEvent, lazy, Suspense, useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import { recognitionCsvUrl } from '../api/client.js';
import type { Recognition } from '../api/types.js';
import { useApp, usePageTitle } from '../app/context.js';
import { Link } from '../app/Link.js';
import { currentPath, navigate, subscribe } from '../app/navigation.js';
import { parseRoute, routePath } from '../app/routes.js';
import { ErrorAlert, TextField } from '../components/forms.js';
import type { Lang } from '../constants.js';
import {
  dayLabel,
  localIsoDate,
  matchPreset,
  type Period,
  type PeriodError,
  PRESETS,
  presetPeriod,
  schoolYear,
  validatePeriod,
} from '../recognition/period.js';

// The figures come with Chart.js, in their own chunk: the other pages do not load them.
const RecognitionFigures = lazy(() => import('../recognition/RecognitionFigures.js'));

/** The period in the address (?from=&to=), read like the app reads its routes. */
function usePeriod(): Period {
  const path = useSyncExternalStore(subscribe, currentPath);
  const url = new URL(path, 'http://app');
  const route = parseRoute(url.pathname, url.search);
  const from = route.name === 'recognition' ? route.from : undefined;
  const to = route.name === 'recognition' ? route.to : undefined;
  return useMemo(() => ({ from, to }), [from, to]);
}

/**
 * The recognition figures (admin, communications) over a period: totals, four charts with their
 * tables, and the CSV of the same period.
 */
export function RecognitionPage() {
  const { api, t, lang } = useApp();
  const period = usePeriod();
  const [today] = useState(() => localIsoDate(new Date()));
  const [data, setData] = useState<Recognition | null>(null);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<unknown>(null);
  usePageTitle(t('recognition.heading'));

  // A period typed into the address may be backwards: it is shown in the form, and nothing is asked.
  const backwards = Boolean(period.from && period.to && period.to < period.from);

  useEffect(() => {
    if (backwards) {
      setLoading(false);
      return;
    }
    let live = true;
    setLoading(true);
    setError(null);
    api
      .recognition(period)
      .then((d) => live && setData(d))
      .catch((e: unknown) => {
        if (!live) return;
        setError(e);
        setData(null);
      })
      .finally(() => live && setLoading(false));
    return () => {
      live = false;
    };
  }, [api, period, backwards]);

  const empty =
    data !== null && [data.byUnit, data.byValue, data.kudos, data.ideasAdopted].every((l) => !l.length);
  const year = schoolYear(today);

  return (
    <>
      <div className="page-heading">
        <h1 tabIndex={-1}>{t('recognition.heading')}</h1>
        <a href={recognitionCsvUrl(period)} className="secondary-button button-link" download>
          {t('recognition.csv')}
        </a>
      </div>
      <p>{t('recognition.intro')}</p>

      <section className="card period-filter" aria-labelledby="period-heading">
        <h2 id="period-heading">{t('recognition.period')}</h2>
        <ul className="period-presets" aria-label={t('recognition.presets')}>
          {PRESETS.map((preset) => (
            <li key={preset}>
              <Link
                href={routePath({ name: 'recognition', ...presetPeriod(preset, today) })}
                aria-current={matchPreset(period, today) === preset ? 'true' : undefined}
              >
                {t(`recognition.preset.${preset}`)}
              </Link>
            </li>
          ))}
        </ul>
        <p className="field-hint">
          {t('recognition.schoolYearHint', { from: dayLabel(lang, year.from), to: dayLabel(lang, year.to) })}
        </p>
        <PeriodForm period={period} />
      </section>

      <p className="period-summary">{describePeriod(t, lang, period)}</p>
      <ErrorAlert error={error} />
      {!backwards && (
        <div aria-busy={loading || undefined}>
          {data === null ? (
            !error && <p>{t('common.loading')}</p>
          ) : empty ? (
            <p className="empty-state">{t('recognition.empty')}</p>
          ) : (
            <Suspense fallback={<p>{t('common.loading')}</p>}>
              <RecognitionFigures data={data} today={today} />
            </Suspense>
          )}
        </div>
      )}
    </>
  );
}

type T = ReturnType<typeof useApp>['t'];

function describePeriod(t: T, lang: Lang, period: Period): string {
  const from = period.from && dayLabel(lang, period.from);
  const to = period.to && dayLabel(lang, period.to);
  if (from && to) return t('recognition.showing.range', { from, to });
  if (from) return t('recognition.showing.from', { from });
  if (to) return t('recognition.showing.to', { to });
  return t('recognition.showing.all');
}

/** Custom dates; applying them changes the address (so the view can be shared and survives reload). */
function PeriodForm({ period }: { period: Period }) {
  const { t } = useApp();
  const [fields, setFields] = useState({ from: period.from ?? '', to: period.to ?? '' });
  const [errors, setErrors] = useState<{ from?: PeriodError; to?: PeriodError }>({});

  // A preset, back/forward or a reload: the fields show the period in the address.
  useEffect(() => {
    const next = { from: period.from ?? '', to: period.to ?? '' };
    setFields(next);
    setErrors(validatePeriod(next));
  }, [period]);

  const apply = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const input = (name: string) => form.elements.namedItem(name) as HTMLInputElement;
    // A partly typed date reads as '' with `badInput`: it is an error, not an empty (open) end.
    const found = validatePeriod(fields, {
      from: input('from').validity.badInput,
      to: input('to').validity.badInput,
    });
    setErrors(found);
    const first = found.from ? 'from' : found.to ? 'to' : null;
    if (first) {
      input(first).focus();
      return;
    }
    navigate(routePath({ name: 'recognition', from: fields.from || undefined, to: fields.to || undefined }));
  };

  return (
    <form className="form inline-form period-form" noValidate onSubmit={apply}>
      <fieldset>
        <legend>{t('recognition.custom')}</legend>
        <p className="field-hint">{t('recognition.customHint')}</p>
        <div className="period-fields">
          <TextField
            type="date"
            name="from"
            label={t('recognition.from')}
            value={fields.from}
            onChange={(e) => setFields((f) => ({ ...f, from: e.target.value }))}
            error={errors.from && t(`recognition.error.${errors.from}`)}
          />
          <TextField
            type="date"
            name="to"
            label={t('recognition.to')}
            value={fields.to}
            onChange={(e) => setFields((f) => ({ ...f, to: e.target.value }))}
            error={errors.to && t(`recognition.error.${errors.to}`)}
          />
          <button type="submit" className="secondary-button">
            {t('recognition.apply')}
          </button>
        </div>
      </fieldset>
    </form>
  );
}
