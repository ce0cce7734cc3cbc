package org.voicequal.ocr.corpus;

import java.util.HashMap;
import java.util.Map;

/**
 * Toneless pinyin of the characters {@link RandomValues} draws names from: enough for a passport's Latin
 * name and its MRZ, not a general converter.
 */
final class Pinyin {

    private static final Map<Character, String> MAP = new HashMap<>();

    static {
        String table = "王wang 李li 张zhang 刘liu 陈chen 杨yang 黄huang 赵zhao 吴wu 周zhou 徐xu 孙sun 马ma 朱zhu "
                + "胡hu 郭guo 何he 高gao 林lin 罗luo 郑zheng 梁liang 谢xie 宋song 唐tang 许xu 韩han 冯feng 邓deng "
                + "曹cao 彭peng 曾zeng 萧xiao 田tian 董dong 潘pan 袁yuan 蔡cai 蒋jiang 余yu 于yu 杜du 叶ye 程cheng "
                + "魏wei 苏su 吕lv 丁ding 任ren 沈shen 欧ou 阳yang 司si 上shang 官guan 诸zhu 葛ge 东dong 方fang "
                + "皇huang 甫fu 伟wei 芳fang 娜na 敏min 静jing 丽li 强qiang 磊lei 军jun 洋yang 勇yong 艳yan 杰jie "
                + "娟juan 涛tao 明ming 超chao 秀xiu 霞xia 平ping 刚gang 桂gui 英ying 华hua 玉yu 兰lan 萍ping "
                + "鹏peng 辉hui 建jian 国guo 志zhi 红hong 梅mei 晨chen 浩hao 宇yu 子zi 涵han 欣xin 怡yi 思si "
                + "远yuan 嘉jia 琪qi 梓zi 轩xuan 一yi 诺nuo 雨yu 桐tong 俊jun 婷ting 雪xue 峰feng 晓xiao "
                + "立li 新xin 海hai 燕yan 文wen 博bo 佳jia 慧hui";
        for (String entry : table.split(" ")) {
            MAP.put(entry.charAt(0), entry.substring(1).toUpperCase());
        }
    }

    private Pinyin() {
    }

    /** True when every character has a reading here. */
    static boolean covers(String hanzi) {
        return hanzi.chars().allMatch(c -> MAP.containsKey((char) c));
    }

    /** Upper-case, syllables run together: 欧阳 → OUYANG. */
    static String of(String hanzi) {
        StringBuilder s = new StringBuilder();
        for (char c : hanzi.toCharArray()) {
            s.append(MAP.get(c));
        }
        return s.toString();
    }
}
