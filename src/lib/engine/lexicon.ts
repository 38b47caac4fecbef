import type { WordReadings } from './types.ts';

/**
 * Word readings that pinyin-pro's own word list lacks or gets wrong. Each entry is a
 * word of standard Mandarin with its dictionary reading (Xiandai Hanyu Cidian), not a
 * patch for one sentence: a word listed here reads the same in every text.
 */
export const LEXICON: WordReadings = {
	// 长 zhǎng "head of": titles of office.
	局长: 'jú zhǎng',
	副局长: 'fù jú zhǎng',
	部长: 'bù zhǎng',
	司长: 'sī zhǎng',
	处长: 'chù zhǎng',
	院长: 'yuàn zhǎng',
	所长: 'suǒ zhǎng',
	厅长: 'tīng zhǎng',
	省长: 'shěng zhǎng',
	市长: 'shì zhǎng',
	县长: 'xiàn zhǎng',
	校长: 'xiào zhǎng',
	组长: 'zǔ zhǎng',
	科长: 'kē zhǎng',
	行长: 'háng zhǎng',
	社长: 'shè zhǎng',
	会长: 'huì zhǎng',
	站长: 'zhàn zhǎng',
	// 长 cháng "long": compounds pinyin-pro may split.
	长远: 'cháng yuǎn',
	长效: 'cháng xiào',
	长期: 'cháng qī',
	// 倒 dào "reverse": 倒逼 "force from the opposite end".
	倒逼: 'dào bī',
	倒逼机制: 'dào bī jī zhì',
	// 量 liàng "amount" (pinyin-pro reads liáng "measure" outside its word list).
	质量: 'zhì liàng',
	// Neutral-tone suffix 子.
	班子: 'bān zi',
	// 地 dì in nouns that contain it.
	各地: 'gè dì',
	当地: 'dāng dì',
	本地: 'běn dì',
	外地: 'wài dì',
	两地: 'liǎng dì',
	地位: 'dì wèi',
	地方: 'dì fāng',
	地区: 'dì qū',
	// 为 wéi "act as / be"; wèi "for".
	题为: 'tí wéi',
	称为: 'chēng wéi',
	名为: 'míng wéi',
	改为: 'gǎi wéi',
	分为: 'fēn wéi',
	变为: 'biàn wéi',
	列为: 'liè wéi',
	以为: 'yǐ wéi',
	因为: 'yīn wèi',
	为了: 'wèi le',
	作为: 'zuò wéi',
	行为: 'xíng wéi',
	成为: 'chéng wéi',
	认为: 'rèn wéi',
	视为: 'shì wéi',
	更为: 'gèng wéi',
	较为: 'jiào wéi',
	最为: 'zuì wéi',
	// 行 háng "trade, line of business".
	行业: 'háng yè',
	行风: 'háng fēng',
	// 行 xíng "do, act".
	执行力: 'zhí xíng lì',
	履行: 'lǚ xíng',
	// 重 chóng "again" / zhòng "heavy, important".
	重复: 'chóng fù',
	重点: 'zhòng diǎn',
	重视: 'zhòng shì',
	// (着眼 zhuó yǎn and 着力 zhuó lì are not listed: pinyin-pro and CC-CEDICT read them
	// right, and a listed word is matched across word ends, taking the 着 of 接着眼前.)
	// 调 tiáo "adjust".
	协调: 'xié tiáo',
	// 攒 cuán "gather": the pyramidal roof of Chinese architecture.
	攒尖: 'cuán jiān',
	攒尖顶: 'cuán jiān dǐng',
	// 参 cān "take part".
	总参: 'zǒng cān',
	// 谷蠡 lùlí, a Xiongnu royal title (左谷蠡王, 右谷蠡王): 谷 lù and 蠡 lí only here.
	谷蠡: 'lù lí',
	谷蠡王: 'lù lí wáng'
};
