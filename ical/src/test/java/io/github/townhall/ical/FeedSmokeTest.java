package io.github.townhall.ical;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FeedSmokeTest {
    @Test
    void writes() {
        String feed = IcalWriter.of(IcalOptions.builder("idc.example.org")
                        .productVersion("test")
                        .build())
                .feed(TestArchives.toulouse());
        System.out.println(feed);
        assertTrue(feed.startsWith("BEGIN:VCALENDAR\r\n"));
    }
}
