/** What is used of `speechSynthesis` to wait for a voice. */
export interface VoiceList {
	getVoices(): readonly { readonly lang: string }[];
	addEventListener(type: 'voiceschanged', listener: () => void): void;
	removeEventListener(type: 'voiceschanged', listener: () => void): void;
}

/** A voice's language may be Chinese (`zh-CN`, `zh_TW`, `cmn-Hans-CN`, `yue`…). */
export const mayBeChinese = (lang: string): boolean => /^(zh|cmn|yue)([-_]|$)/i.test(lang);

/**
 * Calls `found` once `synthesis` has a voice that may read Chinese, now or when its voices
 * change (they load asynchronously); which voice, and whether it reads Mandarin, the speech
 * code decides (speech.svelte.ts). The returned function stops waiting.
 */
export function whenChineseVoice(synthesis: VoiceList | undefined, found: () => void): () => void {
	if (!synthesis) return () => {};
	const stop = () => synthesis.removeEventListener('voiceschanged', check);
	function check(): void {
		if (!synthesis?.getVoices().some((voice) => mayBeChinese(voice.lang))) return;
		stop();
		found();
	}
	synthesis.addEventListener('voiceschanged', check);
	check();
	return stop;
}
