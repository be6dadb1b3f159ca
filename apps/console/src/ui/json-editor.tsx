import { useRef } from 'react';

/** A line of the text with a problem, shown in the gutter and listed under the editor. */
export interface LineMark {
  readonly line?: number;
  readonly severity: 'ERROR' | 'WARNING';
  readonly text: string;
}

/** A plain-text JSON editor with line numbers and problems marked on their lines. */
export function JsonEditor({ value, onChange, marks = [], rows = 18, label }: { value: string; onChange: (text: string) => void; marks?: readonly LineMark[]; rows?: number; label: string }) {
  const gutter = useRef<HTMLDivElement>(null);
  const area = useRef<HTMLTextAreaElement>(null);
  const lines = value.split('\n').length;
  const marked = new Map(marks.filter((mark) => mark.line !== undefined).map((mark) => [mark.line!, mark]));
  const goTo = (line: number) => {
    const textarea = area.current;
    if (!textarea) return;
    const start = value.split('\n').slice(0, line - 1).join('\n').length + (line > 1 ? 1 : 0);
    textarea.focus();
    textarea.setSelectionRange(start, start + (value.split('\n')[line - 1]?.length ?? 0));
  };
  return (
    <div className="json-editor">
      <div className="editor-frame" style={{ height: `${rows * 1.45}em` }}>
        <div className="gutter" ref={gutter} aria-hidden>
          {Array.from({ length: lines }, (_, index) => {
            const mark = marked.get(index + 1);
            return (
              <div key={index} className={mark ? `gutter-line mark-${mark.severity.toLowerCase()}` : 'gutter-line'} title={mark?.text}>
                {index + 1}
              </div>
            );
          })}
        </div>
        <textarea
          ref={area}
          aria-label={label}
          spellCheck={false}
          value={value}
          onChange={(event) => onChange(event.target.value)}
          onScroll={(event) => gutter.current && (gutter.current.scrollTop = event.currentTarget.scrollTop)}
        />
      </div>
      {marks.length > 0 && (
        <ul className="diagnostics" data-testid="diagnostics">
          {marks.map((mark, index) => (
            <li key={index} className={`mark-${mark.severity.toLowerCase()}`}>
              {mark.line !== undefined ? (
                <button type="button" className="link" onClick={() => goTo(mark.line!)}>
                  line {mark.line}
                </button>
              ) : null}{' '}
              {mark.text}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
