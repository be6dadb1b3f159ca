import { useState, type FormEvent } from 'react';
import { apiKey } from '../api/api-client';

/** Asks for the API key when the API answers 401; the key is kept in this browser (localStorage). */
export function ApiKeyPrompt({ onDone }: { onDone: () => void }) {
  const [key, setKey] = useState(apiKey.get() ?? '');
  const save = (event: FormEvent) => {
    event.preventDefault();
    if (key.trim()) apiKey.set(key.trim());
    else apiKey.clear();
    onDone();
  };
  return (
    <div className="modal-backdrop">
      <form className="modal" onSubmit={save}>
        <h2>API key</h2>
        <p>
          This Stepwise asks for an API key. Enter one of the keys the coordinator was configured with; the console keeps it in this browser and sends it
          with every request.
        </p>
        <input type="password" autoFocus aria-label="API key" value={key} onChange={(event) => setKey(event.target.value)} placeholder="API key" />
        <div className="actions">
          <button type="button" onClick={onDone}>
            Cancel
          </button>
          <button type="submit" className="primary">
            Save key
          </button>
        </div>
      </form>
    </div>
  );
}
