import { useEffect, useState } from 'react';
import { api } from '../api/api-client';
import type { Diagnostic } from '../api/api-types';
import { diagnosticLine, syntaxErrorLine } from '../graph/diagnostic-line';
import { parseJson } from '../json-text';
import { JsonEditor, type LineMark } from './json-editor';

/** How long typing pauses before the definition is sent for validation. */
const VALIDATE_AFTER_MS = 400;

/**
 * A definition editor: JSON syntax is checked as you type, then the definition is validated by
 * the API (ValidateStateMachineDefinition) and AWS's diagnostics are marked on their lines.
 */
/** `type` (STANDARD or EXPRESS) is what the definition is checked as: some rules hold for one only. */
export function DefinitionEditor({
  value,
  type,
  onChange,
  onValidity,
}: {
  value: string;
  type: string;
  onChange: (text: string) => void;
  onValidity?: (valid: boolean) => void;
}) {
  const [diagnostics, setDiagnostics] = useState<readonly Diagnostic[]>([]);
  const [unreachable, setUnreachable] = useState<string>();
  const syntax = parseJson(value).error;

  useEffect(() => {
    if (syntax) return;
    let current = true;
    const timer = setTimeout(() => {
      api.validateDefinition(value, type).then(
        (result) => {
          if (!current) return;
          setDiagnostics(result.diagnostics);
          setUnreachable(undefined);
        },
        (error: Error) => current && setUnreachable(`Could not validate: ${error.message}`),
      );
    }, VALIDATE_AFTER_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [value, type, syntax]);

  const shown = syntax ? [] : diagnostics;
  const valid = !syntax && !shown.some((diagnostic) => diagnostic.severity === 'ERROR');
  useEffect(() => onValidity?.(valid), [valid, onValidity]);

  const marks: LineMark[] = syntax
    ? [{ severity: 'ERROR', line: syntaxErrorLine(value, syntax), text: `JSON syntax: ${syntax}` }]
    : shown.map((diagnostic) => ({ severity: diagnostic.severity, line: diagnosticLine(value, diagnostic.location), text: `${diagnostic.code}: ${diagnostic.message}` }));
  if (unreachable) marks.push({ severity: 'WARNING', text: unreachable });
  return <JsonEditor label="Definition" value={value} onChange={onChange} marks={marks} rows={24} />;
}
