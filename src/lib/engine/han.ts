const HAN = /\p{Script=Han}/u;

/** `\p{Script=Han}` over the Basic Multilingual Plane, worked out once (a regex per character costs). */
const BMP = new Uint8Array(0x10000);
for (let code = 0x2e80; code < 0x10000; code++) {
	if (HAN.test(String.fromCharCode(code))) BMP[code] = 1;
}

/** Whether `ch` (one character) is a Chinese character: Unicode script Han (〇 and 々 included). */
export function isHan(ch: string): boolean {
	const code = ch.charCodeAt(0);
	if (code < 0xd800 || code > 0xdfff) return BMP[code] === 1;
	return HAN.test(ch);
}
