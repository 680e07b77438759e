import {
  ChangeDetectionStrategy,
  Component,
  effect,
  input,
  OnDestroy,
  OnInit,
  output,
  signal,
} from '@angular/core';
import { Editor } from '@tiptap/core';
import Collaboration, { isChangeOrigin } from '@tiptap/extension-collaboration';
import CollaborationCaret from '@tiptap/extension-collaboration-caret';
import StarterKit from '@tiptap/starter-kit';
import { TiptapEditorDirective } from 'ngx-tiptap';
import type { Awareness } from 'y-protocols/awareness';
import type * as Y from 'yjs';

/**
 * A caret colour per name, the same in every browser. Dark enough for every hue that the name label's
 * white text keeps a 4.5:1 contrast (at 35% lightness yellow and cyan fell to about 3:1).
 */
export function caretColour(name: string): string {
  let hash = 0;
  for (const char of name) hash = (hash * 31 + char.charCodeAt(0)) | 0;
  return `hsl(${Math.abs(hash) % 360} 70% 25%)`;
}

/** The caret of someone else: a coloured line with their name (from the server-stamped awareness). */
function renderCaret(user: Record<string, unknown>): HTMLElement {
  const name = typeof user['name'] === 'string' ? user['name'] : '';
  const caret = document.createElement('span');
  caret.classList.add('collaboration-carets__caret');
  caret.style.borderColor = caretColour(name);
  const label = document.createElement('span');
  label.classList.add('collaboration-carets__label');
  label.style.backgroundColor = caretColour(name);
  label.textContent = name;
  caret.append(label);
  return caret;
}

/**
 * One agenda section of the notes: a TipTap editor bound to its `Y.XmlFragment` (Collaboration), with
 * the carets of the others (CollaborationCaret). Read-only for those who follow; a textbox with a name
 * for screen readers; remote edits are reported through `remoteChange` for the page's live region.
 */
@Component({
  selector: 'tafel-section-editor',
  imports: [TiptapEditorDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `@if (editor(); as e) {
    <div class="editor" tiptap [editor]="e"></div>
  }`,
  styleUrl: './section-editor.scss',
})
export class SectionEditor implements OnInit, OnDestroy {
  readonly fragment = input.required<Y.XmlFragment>();
  readonly awareness = input.required<Awareness>();
  readonly editable = input(false);
  /** The accessible name of the text area: the section's title. */
  readonly label = input.required<string>();
  readonly remoteChange = output<void>();

  protected readonly editor = signal<Editor | null>(null);

  constructor() {
    effect(() => this.editor()?.setEditable(this.editable()));
  }

  ngOnInit(): void {
    const editor = new Editor({
      editable: this.editable(),
      extensions: [
        StarterKit.configure({ undoRedo: false }),
        Collaboration.configure({ fragment: this.fragment() }),
        CollaborationCaret.configure({ provider: { awareness: this.awareness() }, render: renderCaret }),
      ],
      editorProps: {
        attributes: {
          role: 'textbox',
          'aria-multiline': 'true',
          'aria-label': this.label(),
          class: 'notes-text',
        },
      },
    });
    editor.on('update', ({ transaction }) => {
      if (isChangeOrigin(transaction)) this.remoteChange.emit();
    });
    this.editor.set(editor);
  }

  ngOnDestroy(): void {
    this.editor()?.destroy();
  }
}
