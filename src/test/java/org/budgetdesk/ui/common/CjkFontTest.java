package org.budgetdesk.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CjkFontTest {

    @Test
    void eachOsPrefersItsOwnChineseFonts() {
        assertThat(CjkFont.preferred("Windows 11")).startsWith("Microsoft YaHei UI");
        assertThat(CjkFont.preferred("Mac OS X")).startsWith("PingFang SC");
        assertThat(CjkFont.preferred("Linux")).containsExactly("Noto Sans CJK SC", "WenQuanYi Micro Hei");
    }
}
