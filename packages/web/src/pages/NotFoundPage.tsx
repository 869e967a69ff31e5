import { useApp, usePageTitle } from '../app/context.js';
import { Link } from '../app/Link.js';

export function NotFoundPage() {
  const { t } = useApp();
  usePageTitle(t('notFound.heading'));
  return (
    <>
      <h1 tabIndex={-1}>{t('notFound.heading')}</h1>
      <p>{t('notFound.text')}</p>
      <p>
        <Link href="/">{t('notFound.home')}</Link>
      </p>
    </>
  );
}
