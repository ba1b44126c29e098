import { useCallback, useEffect, useState } from 'react';
import { Alert, Button, FileInput, Group, Paper, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { api, ApiError, getAll } from '../../api';
import { useFormat, useTranslation } from '../../i18n/i18n';
import { boxOf, logoErrors, notFound, suggestedLogoId, testImageError } from '../../logic/brandsetup/logos';
import type { Logo, LogoSightings } from '../../types/brandsetup';

const logosPath = (brand: string) => `/api/v1/brands/${encodeURIComponent(brand)}/logos`;

/** The brand's registered logos (what section 7 of its standards looks for on post images) and a test image. */
export function LogosTab({ brand }: { brand: string }) {
  const { t } = useTranslation('brandsetup');
  const format = useFormat();
  const [logos, setLogos] = useState<Logo[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const load = useCallback(() => {
    getAll<Logo>(logosPath(brand)).then((items) => { setLogos(items); setError(null); })
      .catch((e: ApiError) => setError(e.message));
  }, [brand]);
  useEffect(load, [load]);

  const remove = async (logo: Logo) => {
    if (!window.confirm(t('logos.confirmRemove', { id: logo.logoId }))) return;
    try {
      await api<Logo>(`${logosPath(brand)}/${encodeURIComponent(logo.logoId)}`, { method: 'DELETE' });
      setNotice(t('logos.removed', { id: logo.logoId }));
      load();
    } catch (e) {
      setError((e as Error).message);
    }
  };

  return (
    <Stack>
      <Text size="sm">{t('logos.intro')}</Text>
      {error && <Alert color="red" title={t('loadFailed', { detail: error })} />}
      {notice && <Alert color="green" role="status" data-testid="logos-notice">{notice}</Alert>}
      {!logos && !error && <Text role="status">{t('loading')}</Text>}
      {logos && logos.length === 0 && <Text>{t('logos.empty')}</Text>}
      {logos && logos.length > 0 && (
        <div className="table-scroll">
          <Table striped data-testid="logos-table">
            <caption className="visually-hidden">{t('logos.caption', { brand })}</caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('logos.image')}</Table.Th>
                <Table.Th scope="col">{t('logos.id')}</Table.Th>
                <Table.Th scope="col">{t('logos.size')}</Table.Th>
                <Table.Th scope="col">{t('listening.changed')}</Table.Th>
                <Table.Th scope="col">{t('actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {logos.map((l) => (
                <Table.Tr key={l.logoId} data-testid="logo-row" data-logo={l.logoId}>
                  <Table.Td>
                    <img className="brand-logo-thumb" alt={t('logos.alt', { id: l.logoId })}
                      src={`${logosPath(brand)}/${encodeURIComponent(l.logoId)}?v=${encodeURIComponent(l.uploadedAt)}`} />
                  </Table.Td>
                  <Table.Th scope="row">{l.logoId}</Table.Th>
                  <Table.Td>{t('logos.dimensions', { width: format.number(l.width), height: format.number(l.height),
                    kb: format.number(l.bytes / 1024, 0), type: l.contentType === 'image/png' ? 'PNG' : 'JPEG' })}</Table.Td>
                  <Table.Td><Text size="xs">{t('changedBy', { who: l.uploadedBy ?? '—',
                    when: format.dateTime(l.uploadedAt) })}</Text></Table.Td>
                  <Table.Td>
                    <Button size="compact-sm" variant="subtle" c="red.9" onClick={() => { void remove(l); }}
                      aria-label={t('logos.removeNamed', { id: l.logoId })}>{t('remove')}</Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </div>
      )}
      <UploadLogo brand={brand} onUploaded={(l) => { setNotice(t('logos.uploaded', { id: l.logoId })); load(); }} />
      <TestImage brand={brand} />
    </Stack>
  );
}

function UploadLogo({ brand, onUploaded }: { brand: string; onUploaded: (l: Logo) => void }) {
  const { t } = useTranslation('brandsetup');
  const [file, setFile] = useState<File | null>(null);
  const [logoId, setLogoId] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [serverErrors, setServerErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const message = (field: string) => serverErrors[field] ?? (errors[field] ? t(`error.${errors[field]}`) : undefined);

  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    const found = logoErrors(logoId, file);
    setErrors(found);
    setServerErrors({});
    setFailure(null);
    if (Object.keys(found).length > 0 || !file) return;
    setBusy(true);
    try {
      const { body } = await api<Logo>(`${logosPath(brand)}/${encodeURIComponent(logoId)}`,
        { method: 'PUT', body: file, headers: { 'Content-Type': file.type } });
      setFile(null);
      setLogoId('');
      onUploaded(body);
    } catch (err) {
      const problem = (err as ApiError).problem;
      const fields = Object.fromEntries((problem?.errors ?? []).map((f) => [f.field, f.message]));
      // the service's 413/415/422 are about the file itself
      if ([413, 415, 422].includes(problem?.status ?? 0)) fields.file = problem?.detail ?? (err as Error).message;
      setServerErrors(fields);
      setFailure(t('logos.uploadFailed', { detail: (err as Error).message }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="logo-upload-title">
      <Title order={3} size="h4" id="logo-upload-title">{t('logos.uploadTitle')}</Title>
      <Text size="sm" mb="sm">{t('logos.uploadIntro')}</Text>
      <form onSubmit={(e) => { void submit(e); }} noValidate data-testid="logo-upload-form">
        <Stack gap="sm" maw={560}>
          <FileInput label={t('logos.file')} description={t('logos.fileHint')} accept="image/png,image/jpeg"
            value={file} error={message('file')} clearable
            clearButtonProps={{ 'aria-label': t('clear') }} data-testid="logo-file" placeholder={t('logos.choose')}
            onChange={(f) => { setFile(f); if (f && !logoId) setLogoId(suggestedLogoId(f.name)); }} />
          <TextInput label={t('logos.id')} description={t('logos.idHint')} required value={logoId}
            error={message('logoId')} data-testid="logo-id" spellCheck={false}
            onChange={(e) => setLogoId(e.currentTarget.value)} />
          <Group><Button type="submit" loading={busy} data-testid="logo-upload">{t('logos.upload')}</Button></Group>
          {failure && <Alert color="red" role="alert">{failure}</Alert>}
        </Stack>
      </form>
    </Paper>
  );
}

function TestImage({ brand }: { brand: string }) {
  const { t } = useTranslation('brandsetup');
  const { t: tf, i18n } = useTranslation('findings');
  const format = useFormat();
  const [file, setFile] = useState<File | null>(null);
  const [preview, setPreview] = useState<string | null>(null);
  const [result, setResult] = useState<LogoSightings | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => () => { if (preview) URL.revokeObjectURL(preview); }, [preview]);
  const place = (p: string) => (i18n.exists(`placements.${p}`, { ns: 'findings' }) ? tf(`placements.${p}`) : p);

  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    const code = testImageError(file);
    setFileError(code ? t(`error.${code}`) : null);
    setResult(null);
    if (code || !file) return;
    setBusy(true);
    try {
      const { body } = await api<LogoSightings>(`/api/v1/brands/${encodeURIComponent(brand)}/logo-sightings`,
        { method: 'POST', body: file, headers: { 'Content-Type': file.type } });
      setPreview(URL.createObjectURL(file));
      setResult(body);
    } catch (err) {
      setFileError(t('logos.testFailed', { detail: (err as Error).message }));
    } finally {
      setBusy(false);
    }
  };

  const missing = result ? notFound(result) : [];
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="logo-test-title">
      <Title order={3} size="h4" id="logo-test-title">{t('logos.testTitle')}</Title>
      <Text size="sm" mb="sm">{t('logos.testIntro')}</Text>
      <form onSubmit={(e) => { void submit(e); }} noValidate data-testid="logo-test-form">
        <Stack gap="sm" maw={560}>
          <FileInput label={t('logos.testFile')} accept="image/png,image/jpeg,image/webp" value={file} clearable clearButtonProps={{ 'aria-label': t('clear') }}
            error={fileError ?? undefined} data-testid="logo-test-file" placeholder={t('logos.choose')}
            onChange={(f) => { setFile(f); setResult(null); setFileError(null); }} />
          <Group><Button type="submit" loading={busy} data-testid="logo-test">{t('logos.test')}</Button></Group>
        </Stack>
      </form>
      {result && (
        <Stack gap="sm" mt="md" data-testid="logo-test-result">
          <Text size="sm" role="status">{result.registered.length === 0 ? t('logos.noneRegistered')
            : t('logos.foundCount', { count: result.sightings.length, width: format.number(result.width),
              height: format.number(result.height) })}</Text>
          {preview && (
            <figure className="logo-test-figure">
              <div className="logo-test-frame">
                <img src={preview} alt={t('logos.testAlt')} className="logo-test-image" />
                {result.sightings.map((s, i) => {
                  const b = boxOf(s, result);
                  return (
                    <div key={`${s.logoId}-${i}`} className="logo-test-box" data-testid="logo-box" data-logo={s.logoId}
                      aria-hidden="true" style={{ left: `${b.left}%`, top: `${b.top}%`, width: `${b.width}%`,
                        height: `${b.height}%` }}>
                      <span className="logo-test-label">{s.logoId}</span>
                    </div>
                  );
                })}
              </div>
              <figcaption className="visually-hidden">{t('logos.figcaption')}</figcaption>
            </figure>
          )}
          <ul className="logo-test-findings">
            {result.sightings.map((s, i) => (
              <li key={`${s.logoId}-${i}`} data-testid="logo-sighting">
                {t('logos.sighting', { id: s.logoId, place: place(s.placement), share: format.percent(s.widthShare),
                  area: format.percent(s.areaShare), pixels: format.number(s.clearSpacePx),
                  score: format.number(s.score, 2) })}
              </li>
            ))}
            {missing.map((id) => <li key={id} data-testid="logo-missing">{t('logos.notFound', { id })}</li>)}
          </ul>
        </Stack>
      )}
    </Paper>
  );
}
