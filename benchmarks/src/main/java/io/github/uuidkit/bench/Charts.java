package io.github.uuidkit.bench;

import io.github.uuidkit.bench.FragmentationReport.EngineRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The report's PNG charts, per engine: time, WAL (redo) and buffer reads per round against the rows loaded, one
 * line per key kind (the published curves); primary-key index size and leaf density (InnoDB: leaf pages) as bars.
 * Plus an {@code index.html} that shows them all.
 */
final class Charts {

    /** One PNG chart: its title and its file name in the report directory. */
    record Png(String title, String file) {
    }

    private static final int WIDTH = 900;
    private static final int HEIGHT = 500;

    private Charts() {
    }

    /** The charts of one engine, in the order they are drawn and shown. */
    static List<Png> of(EngineRun run) {
        String slug = run.name().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
        boolean pg = run.name().startsWith("postgres");
        List<Png> charts = new ArrayList<>();
        charts.add(new Png(run.name() + ": seconds per round", "time-per-round-" + slug + ".png"));
        charts.add(new Png(run.name() + (pg ? ": WAL MiB per round" : ": redo MiB per round"),
                "wal-per-round-" + slug + ".png"));
        charts.add(new Png(run.name() + ": buffer reads per round", "reads-per-round-" + slug + ".png"));
        charts.add(new Png(run.name() + ": primary-key index MiB", "index-size-" + slug + ".png"));
        charts.add(new Png(run.name() + (pg ? ": leaf density %" : ": leaf pages"), "leaf-" + slug + ".png"));
        return charts;
    }

    static void write(Path out, List<EngineRun> runs) throws IOException {
        StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">"
                + "<title>uuidkit fragmentation report</title><style>body{font-family:sans-serif;margin:2em}"
                + "img{max-width:100%;border:1px solid #ddd;margin:0.5em 0}</style></head><body>\n"
                + "<h1>uuidkit fragmentation report</h1>\n<p>Tables and settings: <a href=\"report.md\">report.md</a></p>\n");
        for (EngineRun run : runs) {
            List<Png> charts = of(run);
            boolean pg = run.name().startsWith("postgres");
            line(out, charts.get(0), run, "seconds (median transaction × transactions)", Round::medianSeconds);
            line(out, charts.get(1), run, "MiB", r -> r.logBytes() < 0 ? Double.NaN : r.logBytes() / 1048576.0);
            line(out, charts.get(2), run, "pages read", r -> r.bufferReads());
            bars(out, charts.get(3), run, "MiB", l -> l.index().bytes() / 1048576.0);
            bars(out, charts.get(4), run, pg ? "%" : "pages",
                    l -> pg ? l.index().leafDensity() : l.index().leafPages());
            html.append("<h2>").append(run.description()).append("</h2>\n");
            for (Png chart : charts) {
                html.append("<div><img src=\"").append(chart.file()).append("\" alt=\"").append(chart.title())
                        .append("\"></div>\n");
            }
        }
        html.append("</body></html>\n");
        Files.writeString(out.resolve("index.html"), html);
    }

    private static void line(Path out, Png chart, EngineRun run, String unit, ToDoubleFunction<Round> y)
            throws IOException {
        XYChart xy = new XYChartBuilder().width(WIDTH).height(HEIGHT).title(chart.title())
                .xAxisTitle("rows loaded").yAxisTitle(unit).build();
        xy.getStyler().setXAxisDecimalPattern("#,###");
        xy.getStyler().setLegendPosition(Styler.LegendPosition.InsideNW);
        xy.getStyler().setYAxisMin(0.0);
        for (Load load : run.loads()) {
            double[] xs = load.rounds().stream().mapToDouble(Round::rowsAfter).toArray();
            double[] ys = load.rounds().stream().mapToDouble(y).toArray();
            if (java.util.Arrays.stream(ys).anyMatch(Double::isNaN)) {
                continue;
            }
            xy.addSeries(load.key().label, xs, ys).setMarker(SeriesMarkers.CIRCLE);
        }
        save(out, chart, xy);
    }

    private static void bars(Path out, Png chart, EngineRun run, String unit, ToDoubleFunction<Load> y)
            throws IOException {
        CategoryChart bars = new CategoryChartBuilder().width(WIDTH).height(HEIGHT).title(chart.title() + " after "
                + String.format(Locale.ROOT, "%,d", run.loads().get(0).rows()) + " rows").xAxisTitle("key")
                .yAxisTitle(unit).build();
        List<String> labels = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        for (Load load : run.loads()) {
            labels.add(load.key().label);
            values.add(y.applyAsDouble(load));
        }
        bars.addSeries(unit, labels, values);
        bars.getStyler().setLegendVisible(false);
        bars.getStyler().setLabelsVisible(true);
        save(out, chart, bars);
    }

    private static void save(Path out, Png chart, org.knowm.xchart.internal.chartpart.Chart<?, ?> drawing) throws IOException {
        String file = out.resolve(chart.file()).toString();
        BitmapEncoder.saveBitmap(drawing, file.substring(0, file.length() - ".png".length()),
                BitmapEncoder.BitmapFormat.PNG);
    }
}
