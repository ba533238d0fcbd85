/**
 * JMH benchmarks of townhall against what users would otherwise write.
 *
 * <pre>{@code
 * ./mvnw -B -pl benchmarks -am package -DskipTests
 * java -jar benchmarks/target/benchmarks.jar FeedWriteBenchmark -p sessions=1000
 * }</pre>
 */
package io.github.townhall.benchmarks;
