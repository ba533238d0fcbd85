package io.github.townhall.benchmarks;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.github.townhall.archive.Archive;
import io.github.townhall.json.TownhallJson;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import tools.jackson.databind.json.JsonMapper;

/**
 * A JSON round trip (write UTF-8 bytes, then read them back) of a cycle of {@code sessions} sessions: townhall's
 * codecs (compact output, strict reading) against the same data as plain records with Jackson's
 * default mapping (nulls left out, so both write the same properties; setup checks that what
 * the plain records write reads back as the same archive).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class JsonRoundTripBenchmark {
    /** How many sessions the cycle holds. */
    @Param({"1000"})
    public int sessions;

    private Archive archive;
    private PlainRecords.Archive plain;
    private TownhallJson json;
    private JsonMapper mapper;

    /** Generates the cycle once per trial, and its plain twin from townhall's JSON. */
    @Setup(Level.Trial)
    public void setUp() {
        archive = BenchmarkData.generate().cycleArchive(sessions);
        json = TownhallJson.builder().indent(false).build();
        mapper = plainMapper();
        String document = json.write(archive);
        plain = mapper.readValue(document, PlainRecords.Archive.class);
        // what the plain records write reads back as the same archive: they hold every property
        if (!json.readArchive(mapper.writeValueAsString(plain)).equals(archive)) {
            throw new IllegalStateException("the plain records lose part of townhall's document");
        }
        if (!json.readArchive(json.write(archive)).equals(archive)) {
            throw new IllegalStateException("townhall's round trip changed the archive");
        }
    }

    /**
     * Returns the baseline mapper: Jackson's defaults, nulls left out.
     *
     * @return the mapper, not null
     */
    static JsonMapper plainMapper() {
        return JsonMapper.builder()
                .changeDefaultPropertyInclusion(value -> value.withValueInclusion(JsonInclude.Include.NON_NULL))
                .build();
    }

    /**
     * townhall: write the document, read it back.
     *
     * @return the archive read
     */
    @Benchmark
    public Archive townhall() {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 20);
        json.write(archive, out);
        return json.readArchive(new ByteArrayInputStream(out.toByteArray()));
    }

    /**
     * Plain records with Jackson's default mapping: write, read back.
     *
     * @return the records read
     */
    @Benchmark
    public PlainRecords.Archive plainJackson() {
        return mapper.readValue(mapper.writeValueAsBytes(plain), PlainRecords.Archive.class);
    }
}
