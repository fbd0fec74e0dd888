package cn.wenzhou.fashion.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

class CsvTest {

    private record Row(String key, long count, BigDecimal amount) {
    }

    private static String csv(Row... rows) {
        return Csv.of(Row.class, List.of(rows));
    }

    @Test
    void textCellsThatAFormulaWouldStartWithGetALeadingQuote() {
        assertThat(csv(new Row("=HYPERLINK(\"http://x\",\"y\")", 1, BigDecimal.ONE), new Row("+1", 2, BigDecimal.ONE),
                new Row("-2+3", 3, BigDecimal.ONE), new Row("@SUM(A1)", 4, BigDecimal.ONE), new Row("\t=1", 5, BigDecimal.ONE),
                new Row("\r=1", 6, BigDecimal.ONE))).isEqualTo("""
                        key,count,amount
                        "'=HYPERLINK(""http://x"",""y"")",1,1
                        '+1,2,1
                        '-2+3,3,1
                        '@SUM(A1),4,1
                        '\t=1,5,1
                        "'\r=1",6,1
                        """);
    }

    @Test
    void numbersTheCodeWritesStayNumbersEvenWhenNegative() {
        assertThat(csv(new Row("LUCHENG", -3, new BigDecimal("-1250.50")), new Row("OUHAI", 0, new BigDecimal("1E+3"))))
                .isEqualTo("""
                        key,count,amount
                        LUCHENG,-3,-1250.50
                        OUHAI,0,1000
                        """);
    }

    @Test
    void cellsWithSeparatorsQuotesOrLineBreaksAreQuotedAndOthersAreNot() {
        assertThat(csv(new Row("a,b", 1, null), new Row("say \"hi\"", 2, null), new Row("two\nlines", 3, null),
                new Row("鹿城区 = 1", 4, null), new Row(null, 5, null))).isEqualTo("""
                        key,count,amount
                        "a,b",1,
                        "say ""hi\""",2,
                        "two
                        lines",3,
                        鹿城区 = 1,4,
                        ,5,
                        """);
    }
}
