import type { SentenceHighlight } from './highlight.svelte';
import { POPOVER_ID, type TermPopover } from './popover.svelte';

function termOf(event: Event): HTMLElement | null {
	return event.target instanceof Element ? event.target.closest<HTMLElement>('a.term') : null;
}

function focusPopover(): void {
	requestAnimationFrame(() => document.getElementById(POPOVER_ID)?.focus());
}

/**
 * Event handlers for a reading page's text: sentence and term highlight on hover and
 * focus; the term popover on hover (mouse), click/tap, and Enter/Space.
 */
export function textEvents(highlight: SentenceHighlight, popover: TermPopover) {
	return {
		onpointerover(event: PointerEvent) {
			highlight.enter(event);
			const term = termOf(event);
			if (term && event.pointerType === 'mouse') popover.hoverIn(term);
		},
		onpointerout(event: PointerEvent) {
			highlight.leave(event);
			const term = termOf(event);
			const into = event.relatedTarget instanceof Node ? event.relatedTarget : null;
			if (term && !(into && term.contains(into))) popover.hoverOut();
		},
		onfocusin(event: FocusEvent) {
			highlight.enter(event);
			if (termOf(event)) void popover.load();
		},
		onfocusout(event: FocusEvent) {
			highlight.leave(event);
		},
		onclick(event: MouseEvent) {
			const term = termOf(event);
			if (!term || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) return;
			event.preventDefault();
			popover.show(term, true);
		},
		onkeydown(event: KeyboardEvent) {
			const term = termOf(event);
			if (term && (event.key === 'Enter' || event.key === ' ')) {
				event.preventDefault();
				popover.show(term, true);
				focusPopover();
			} else if (event.key === 'Escape' && popover.opened) {
				popover.hide(true);
			}
		}
	};
}

/** Document-level dismissal: Escape anywhere, a pointer press outside. */
export function dismissEvents(popover: TermPopover) {
	return {
		onkeydown(event: KeyboardEvent) {
			if (event.key === 'Escape' && popover.opened) {
				event.preventDefault();
				popover.hide(true);
			}
		},
		onpointerdown(event: PointerEvent) {
			if (!popover.opened || !(event.target instanceof Element)) return;
			if (event.target.closest(`#${POPOVER_ID}, a.term`)) return;
			popover.hide(false);
		}
	};
}
