import { type FormEvent, useId, useState } from 'react';
import type { TIndicator } from '../../../../shared/schemas/indicator.ts';
import type { ImportContent, ImportFormat, ImportRequest } from './import-api.ts';

/** The server refuses more (server/api/imports.ts, MAX_IMPORT_MB); checked here before a long upload. */
const MAX_FILE_MB = 20;

type ImportFormProps = {
  /** Indicators the user may edit that are recorded by município (the only ones a TabNet file can feed). */
  indicators: readonly Pick<TIndicator, 'code' | 'shortName' | 'kind'>[];
  isBusy: boolean;
  onPreview: (request: ImportRequest) => void;
  /** Something changed: a report on screen no longer describes this file. */
  onChange: () => void;
};

export function ImportForm({ indicators, isBusy, onPreview, onChange }: ImportFormProps) {
  const [format, setFormat] = useState<ImportFormat>('modelo');
  const [indicatorCode, setIndicatorCode] = useState('');
  const [content, setContent] = useState<ImportContent>('numerador');
  const [file, setFile] = useState<File | null>(null);
  const fileId = useId();
  const indicatorId = useId();
  const fileHintId = useId();
  const isTabnet = format === 'tabnet';
  const indicator = indicators.find((candidate) => candidate.code === indicatorCode);
  const isCount = indicator?.kind === 'count';
  const isTooLarge = file !== null && file.size > MAX_FILE_MB * 1024 * 1024;
  const missing = !file
    ? 'Escolha o arquivo.'
    : isTabnet && !indicator
      ? 'Escolha o indicador que o arquivo do TabNet alimenta.'
      : null;

  function pick<T>(set: (value: T) => void, value: T) {
    set(value);
    onChange();
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!file || missing || isTooLarge) return;
    onPreview({
      file,
      format,
      indicatorCode: isTabnet ? indicatorCode : null,
      content: isTabnet ? (isCount ? 'numerador' : content) : null,
      isApply: false,
    });
  }

  return (
    <form className="import-form" onSubmit={submit}>
      <fieldset className="import-form__choice">
        <legend>Formato do arquivo</legend>
        <label>
          <input
            type="radio"
            name="formato"
            value="modelo"
            checked={format === 'modelo'}
            onChange={() => pick(setFormat, 'modelo')}
          />{' '}
          Modelo do painel (CSV ou XLSX)
        </label>
        <label>
          <input
            type="radio"
            name="formato"
            value="tabnet"
            checked={format === 'tabnet'}
            onChange={() => pick(setFormat, 'tabnet')}
          />{' '}
          Exportação do TabNet (CSV)
        </label>
      </fieldset>

      {isTabnet && (
        <>
          <div className="import-form__field">
            <label htmlFor={indicatorId}>Indicador que o arquivo alimenta</label>
            <select
              id={indicatorId}
              value={indicatorCode}
              onChange={(event) => pick(setIndicatorCode, event.target.value)}
            >
              <option value="" disabled>
                Escolha um indicador
              </option>
              {indicators.map((option) => (
                <option key={option.code} value={option.code}>
                  {option.code} — {option.shortName}
                </option>
              ))}
            </select>
            {indicators.length === 0 && (
              <p className="note">Nenhum indicador por município que o seu perfil possa alterar.</p>
            )}
          </div>
          {!isCount && (
            <fieldset className="import-form__choice">
              <legend>O arquivo traz os</legend>
              <label>
                <input
                  type="radio"
                  name="conteudo"
                  value="numerador"
                  checked={content === 'numerador'}
                  onChange={() => pick(setContent, 'numerador')}
                />{' '}
                Numeradores
              </label>
              <label>
                <input
                  type="radio"
                  name="conteudo"
                  value="denominador"
                  checked={content === 'denominador'}
                  onChange={() => pick(setContent, 'denominador')}
                />{' '}
                Denominadores
              </label>
              <p className="note">
                A outra metade de cada valor fica como está (ou vem no seu próprio arquivo).
              </p>
            </fieldset>
          )}
        </>
      )}

      <div className="import-form__field">
        <label htmlFor={fileId}>Arquivo</label>
        <input
          id={fileId}
          type="file"
          accept={isTabnet ? '.csv' : '.csv,.xlsx'}
          aria-describedby={fileHintId}
          onChange={(event) => pick(setFile, event.target.files?.[0] ?? null)}
        />
        <p className="note" id={fileHintId}>
          {isTabnet
            ? 'O CSV como o TabNet exporta ("Copia como .CSV"): municípios nas linhas; anos ou meses nas colunas (num indicador mensal, anos só os já encerrados). A linha Total é conferida, e município que não aparece entra com 0.'
            : 'CSV separado por ponto e vírgula, ou planilha .xlsx, com as colunas do modelo.'}{' '}
          Até {MAX_FILE_MB} MB.
        </p>
        {isTooLarge && (
          <p className="import-form__problem" role="alert">
            Arquivo grande demais: o limite é {MAX_FILE_MB} MB. Divida o arquivo (por exemplo, um ano por
            arquivo) e importe cada parte.
          </p>
        )}
      </div>

      <div className="import-form__actions">
        <button type="submit" className="button" disabled={isBusy || missing !== null || isTooLarge}>
          Pré-visualizar
        </button>
        {missing && <span className="note">{missing}</span>}
      </div>
    </form>
  );
}
