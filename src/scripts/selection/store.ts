/**
 * The selection in the browser: kept in localStorage (so it survives moving between pages and reloads, and
 * follows other tabs), changed by any `input[data-select]` checkbox on any page (cards, compare tables,
 * search results), and shown in the header's "Selection" link. Every change is announced politely.
 * Ids and the URL form live in src/lib/site/selection.ts.
 */
import { paperCount } from '@/lib/site/count';
import { MAX_SELECTION, parseStored, SELECTION_KEY, toggleId } from '@/lib/site/selection';

type Listener = (ids: readonly string[]) => void;
const listeners = new Set<Listener>();
/** Used when storage is blocked (private mode): the selection then lasts for this page only. */
let memory: string[] = [];

export function readSelection(): string[] {
  try {
    return parseStored(localStorage.getItem(SELECTION_KEY));
  } catch {
    return memory;
  }
}

export function writeSelection(ids: readonly string[]): void {
  memory = [...ids];
  try {
    localStorage.setItem(SELECTION_KEY, JSON.stringify(ids));
  } catch {
    // blocked storage: keep it in memory
  }
  notify();
}

export function onSelectionChange(listener: Listener): void {
  listeners.add(listener);
}

function notify(): void {
  const ids = readSelection();
  for (const listener of listeners) listener(ids);
}

/** Tick every selection checkbox under `root` that belongs to a selected paper, untick the others. */
function markBoxes(root: ParentNode, ids: readonly string[]): void {
  const selected = new Set(ids);
  for (const box of root.querySelectorAll<HTMLInputElement>('input[data-select]'))
    box.checked = selected.has(box.value);
}

function announce(text: string): void {
  const region = document.querySelector('[data-selection-announce]');
  if (!region) return;
  // Clearing first makes a repeated message be read again.
  region.textContent = '';
  requestAnimationFrame(() => (region.textContent = text));
}

/** The header link shows while the selection is not empty (CSS on html.has-selection, set before paint too). */
function showCount(ids: readonly string[]): void {
  document.documentElement.classList.toggle('has-selection', ids.length > 0);
  for (const count of document.querySelectorAll<HTMLElement>('[data-selection-link] [data-selection-count]'))
    count.textContent = String(ids.length);
}

function install(): void {
  document.addEventListener('change', (e) => {
    const box = e.target;
    if (!(box instanceof HTMLInputElement) || !box.hasAttribute('data-select')) return;
    const before = readSelection();
    if (box.checked && before.length >= MAX_SELECTION) {
      box.checked = false;
      announce(`The selection holds at most ${MAX_SELECTION} papers; export it or remove some first.`);
      return;
    }
    const next = toggleId(before, box.value, box.checked);
    writeSelection(next);
    announce(`${box.checked ? 'Added to' : 'Removed from'} your selection: ${paperCount(next.length)} selected.`);
  });
  // Another tab changed the selection.
  window.addEventListener('storage', (e) => {
    if (e.key === SELECTION_KEY) notify();
  });
  // Cards and table rows that scripts add later (search results, table view) get their boxes ticked too.
  new MutationObserver((records) => {
    if (records.some((r) => r.addedNodes.length)) markBoxes(document, readSelection());
  }).observe(document.body, { childList: true, subtree: true });
  onSelectionChange((ids) => {
    markBoxes(document, ids);
    showCount(ids);
  });
  const ids = readSelection();
  markBoxes(document, ids);
  showCount(ids);
}

install();
