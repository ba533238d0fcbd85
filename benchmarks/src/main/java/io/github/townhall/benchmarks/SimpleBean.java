package io.github.townhall.benchmarks;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The baseline bean of {@link ValidationBenchmark}: 56 simple constraints (as many as townhall
 * checks on the benchmark's session), two on each of 14 texts and 14 numbers, as a user would
 * annotate a plain bean.
 */
public class SimpleBean {
    @NotNull
    @Size(min = 1, max = 200)
    private final String text1;

    @NotNull
    @Size(min = 1, max = 200)
    private final String text2;

    @NotNull
    @Size(min = 1, max = 200)
    private final String text3;

    @NotNull
    @Size(min = 1, max = 200)
    private final String text4;

    @NotNull
    @Size(min = 1, max = 200)
    private final String text5;

    @NotNull
    @Size(min = 1, max = 200)
    private final String text6;

    @NotNull
    @Size(min = 1, max = 200)
    private final String text7;

    @NotNull
    @Size(min = 1, max = 200)
    private final String text8;

    @NotNull
    @Size(min = 1, max = 200)
    private final String text9;

    @NotNull
    @Size(min = 1, max = 200)
    private final String text10;

    @NotNull
    @Size(min = 1, max = 200)
    private final String text11;

    @NotNull
    @Size(min = 1, max = 200)
    private final String text12;

    @NotNull
    @Size(min = 1, max = 200)
    private final String text13;

    @NotNull
    @Size(min = 1, max = 200)
    private final String text14;

    @Min(0)
    @Max(1000)
    private final int number1;

    @Min(0)
    @Max(1000)
    private final int number2;

    @Min(0)
    @Max(1000)
    private final int number3;

    @Min(0)
    @Max(1000)
    private final int number4;

    @Min(0)
    @Max(1000)
    private final int number5;

    @Min(0)
    @Max(1000)
    private final int number6;

    @Min(0)
    @Max(1000)
    private final int number7;

    @Min(0)
    @Max(1000)
    private final int number8;

    @Min(0)
    @Max(1000)
    private final int number9;

    @Min(0)
    @Max(1000)
    private final int number10;

    @Min(0)
    @Max(1000)
    private final int number11;

    @Min(0)
    @Max(1000)
    private final int number12;

    @Min(0)
    @Max(1000)
    private final int number13;

    @Min(0)
    @Max(1000)
    private final int number14;

    private SimpleBean(String text, int number) {
        this.text1 = text + 1;
        this.text2 = text + 2;
        this.text3 = text + 3;
        this.text4 = text + 4;
        this.text5 = text + 5;
        this.text6 = text + 6;
        this.text7 = text + 7;
        this.text8 = text + 8;
        this.text9 = text + 9;
        this.text10 = text + 10;
        this.text11 = text + 11;
        this.text12 = text + 12;
        this.text13 = text + 13;
        this.text14 = text + 14;
        this.number1 = number + 1;
        this.number2 = number + 2;
        this.number3 = number + 3;
        this.number4 = number + 4;
        this.number5 = number + 5;
        this.number6 = number + 6;
        this.number7 = number + 7;
        this.number8 = number + 8;
        this.number9 = number + 9;
        this.number10 = number + 10;
        this.number11 = number + 11;
        this.number12 = number + 12;
        this.number13 = number + 13;
        this.number14 = number + 14;
    }

    static SimpleBean valid() {
        return new SimpleBean("Séance du mardi ", 42);
    }

    @Override
    public String toString() {
        return "SimpleBean[" + text1 + ", " + number1 + ", ...]";
    }
}
