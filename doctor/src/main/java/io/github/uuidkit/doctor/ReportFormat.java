package io.github.uuidkit.doctor;

import java.util.List;
import java.util.Locale;

/**
 * The three renderings of a {@link DoctorReport}: {@link #TEXT} for a terminal, {@link #MARKDOWN} for a pull request
 * or wiki, {@link #JSON} for programs (schema: {@code io/github/uuidkit/doctor/uuidkit-doctor-report.schema.json} in
 * this jar; {@code schemaVersion} changes only with an incompatible change).
 */
public enum ReportFormat {

    /** Plain text: a header, one summary line per column, then each finding with its fix. */
    TEXT {
        @Override
        public String render(DoctorReport report) {
            StringBuilder sb = new StringBuilder();
            sb.append(header(report)).append(NL);
            for (ColumnReport c : report.columns()) {
                sb.append(summary(c)).append(NL);
                sb.append("    ").append(covers(c)).append(NL);
            }
            appendFindings(sb, report, "  ", "      fix: ");
            sb.append(totals(report)).append(NL);
            return sb.toString();
        }
    },

    /** GitHub-flavoured Markdown: a table of columns, then the findings as a list. */
    MARKDOWN {
        @Override
        public String render(DoctorReport report) {
            StringBuilder sb = new StringBuilder();
            sb.append("### ").append(header(report)).append(NL).append(NL);
            sb.append("| column | type | key | rows | versions | v7 out of order | index | status |").append(NL);
            sb.append("|---|---|---|---:|---|---:|---|---|").append(NL);
            for (ColumnReport c : report.columns()) {
                sb.append("| `").append(c.name()).append("` | ").append(c.sqlType()).append(" | ").append(c.key())
                        .append(" | ").append(String.format(Locale.ROOT, "%,d", c.rowsScanned())).append(" | ")
                        .append(histogram(c)).append(" | ")
                        .append(c.v7OutOfOrder() == null ? "–" : pct(c.v7OutOfOrder())).append(" | ")
                        .append(index(c).replace("|", "\\|")).append(" | ").append(status(c)).append(" |")
                        .append(NL);
            }
            if (!report.columns().isEmpty()) {
                sb.append(NL).append("#### Rows read").append(NL).append(NL);
                for (ColumnReport c : report.columns()) {
                    sb.append("- `").append(c.name().replace("`", "'")).append("`: ").append(covers(c)).append(NL);
                }
            }
            if (report.findings().findAny().isPresent()) {
                sb.append(NL).append("#### Findings").append(NL).append(NL);
                appendFindings(sb, report, "- ", "  - fix: ");
            }
            sb.append(NL).append(totals(report)).append(NL);
            return sb.toString();
        }
    },

    /** JSON per the schema {@code uuidkit-doctor-report.schema.json}; written by hand, no JSON library. */
    JSON {
        @Override
        public String render(DoctorReport report) {
            StringBuilder sb = new StringBuilder(4096);
            sb.append("{\"schemaVersion\":").append(SCHEMA_VERSION)
                    .append(",\"product\":").append(str(report.product()))
                    .append(",\"version\":").append(str(report.version()))
                    .append(",\"schemas\":[");
            for (int i = 0; i < report.schemas().size(); i++) {
                sb.append(i > 0 ? "," : "").append(str(report.schemas().get(i)));
            }
            sb.append("],\"sampleRows\":").append(report.sampleRows());
            sb.append(",\"summary\":{\"columns\":").append(report.columns().size());
            for (Severity s : Severity.values()) {
                sb.append(",\"").append(s.name().toLowerCase(Locale.ROOT)).append("\":").append(count(report, s));
            }
            sb.append("},\"serverFindings\":");
            findings(sb, report.serverFindings());
            sb.append(",\"columns\":[");
            for (int i = 0; i < report.columns().size(); i++) {
                ColumnReport c = report.columns().get(i);
                sb.append(i > 0 ? "," : "").append("{\"schema\":").append(str(c.schema()))
                        .append(",\"table\":").append(str(c.table()))
                        .append(",\"column\":").append(str(c.column()))
                        .append(",\"sqlType\":").append(str(c.sqlType()))
                        .append(",\"storage\":").append(str(c.storage()))
                        .append(",\"key\":").append(str(c.key()))
                        .append(",\"orderColumn\":").append(str(c.orderColumn()))
                        .append(",\"rowsScanned\":").append(c.rowsScanned())
                        .append(",\"complete\":").append(c.complete())
                        .append(",\"coverage\":{\"order\":").append(str(c.coverage().order()))
                        .append(",\"oldest\":").append(c.coverage().oldest())
                        .append(",\"spread\":").append(c.coverage().spread())
                        .append(",\"ranges\":").append(c.coverage().ranges())
                        .append(",\"newest\":").append(c.coverage().newest()).append('}')
                        .append(",\"nulls\":").append(c.nulls())
                        .append(",\"versions\":{");
                for (int k = 0; k < ColumnScan.VERSION_KEYS.size(); k++) {
                    String key = ColumnScan.VERSION_KEYS.get(k);
                    sb.append(k > 0 ? "," : "").append('"').append(key).append("\":").append(c.count(key));
                }
                sb.append("},\"rfcVariant\":").append(c.rfcVariant()).append(",\"v7\":");
                if (c.v7First() == null) {
                    sb.append("null");
                } else {
                    sb.append("{\"first\":").append(str(c.v7First().toString()))
                            .append(",\"last\":").append(str(c.v7Last().toString()))
                            .append(",\"outOfOrderShare\":")
                            .append(c.v7OutOfOrder() == null ? "null" : num(c.v7OutOfOrder()))
                            .append(",\"inSpan\":").append(c.v7InSpan())
                            .append(",\"pairs\":").append(c.v7Pairs()).append('}');
                }
                sb.append(",\"index\":");
                IndexShape ix = c.index();
                if (ix == null) {
                    sb.append("null");
                } else {
                    sb.append("{\"name\":").append(str(ix.name())).append(",\"bytes\":").append(ix.bytes())
                            .append(",\"leafPages\":").append(ix.leafPages())
                            .append(",\"leafDensity\":").append(num(ix.leafDensity()))
                            .append(",\"leafFragmentation\":").append(num(ix.leafFragmentation()))
                            .append(",\"bigintLeafEstimate\":")
                            .append(c.bigintLeafEstimate() < 0 ? "null" : Long.toString(c.bigintLeafEstimate()))
                            .append('}');
                }
                sb.append(",\"findings\":");
                findings(sb, c.findings());
                sb.append('}');
            }
            sb.append("]}").append(NL);
            return sb.toString();
        }
    };

    /** The {@code schemaVersion} of {@link #JSON} output: {@value}. */
    public static final int SCHEMA_VERSION = 1;

    private static final String NL = "\n";

    /**
     * Renders a report.
     *
     * @param report the report
     * @return the text, ending with a line break
     */
    public abstract String render(DoctorReport report);

    static String header(DoctorReport r) {
        return "uuidkit doctor: " + r.product() + " " + r.version() + ", schema " + String.join(", ", r.schemas())
                + ", " + (r.sampleRows() == 0 ? "every row" : String.format(Locale.ROOT, "up to %,d rows",
                r.sampleRows())) + " per column, " + r.columns().size() + " UUID column(s)";
    }

    /** One line per column: name, type, key, rows, version shares, v7 order, index, status. */
    static String summary(ColumnReport c) {
        StringBuilder sb = new StringBuilder();
        sb.append(c.name()).append("  ").append(c.sqlType()).append(' ').append(c.key())
                .append(String.format(Locale.ROOT, "  %,d rows%s  ", c.rowsScanned(), c.complete() ? "" : " (sample)"))
                .append(histogram(c));
        if (c.v7OutOfOrder() != null) {
            sb.append(", v7 out of order ").append(pct(c.v7OutOfOrder()));
        }
        String index = index(c);
        if (!index.equals("–")) {
            sb.append("  index ").append(index);
        }
        return sb.append("  ").append(status(c)).toString();
    }

    /**
     * Which rows the column's verdict covers, and what its v7 statistics cover: "rows read: oldest 33,334 + 33,332
     * in 10 ranges + newest 33,334 by seq; v7 span of 99,998 plausible values, order over 99,987 pairs".
     */
    static String covers(ColumnReport c) {
        StringBuilder sb = new StringBuilder("rows read: ").append(c.coverage().describe());
        if (c.v7First() != null || c.count("v7") > 0) {
            sb.append(String.format(Locale.ROOT, "; v7 span of %,d plausible value(s)", c.v7InSpan()));
            if (c.v7OutOfOrder() != null) {
                sb.append(String.format(Locale.ROOT, ", order over %,d consecutive pair(s)", c.v7Pairs()));
            }
        }
        return sb.toString();
    }

    static String histogram(ColumnReport c) {
        long values = c.rowsScanned() - c.nulls();
        if (values == 0) {
            return "no values";
        }
        StringBuilder sb = new StringBuilder();
        for (String key : ColumnScan.VERSION_KEYS) {
            long n = c.count(key);
            if (n > 0) {
                sb.append(sb.length() > 0 ? ", " : "").append(key).append(' ').append(Advice.percent(n, values));
            }
        }
        return sb.toString();
    }

    static String index(ColumnReport c) {
        IndexShape ix = c.index();
        if (ix == null) {
            return "–";
        }
        if (!Double.isNaN(ix.leafDensity())) {
            return String.format(Locale.ROOT, "%s: leaf density %.1f %%, %,d leaf pages", ix.name(), ix.leafDensity(),
                    ix.leafPages());
        }
        return String.format(Locale.ROOT, "%s: %,d leaf pages%s", ix.name(), ix.leafPages(),
                c.bigintLeafEstimate() < 0 ? "" : String.format(Locale.ROOT, " (BIGINT estimate %,d)",
                        c.bigintLeafEstimate()));
    }

    static String status(ColumnReport c) {
        if (c.findings().isEmpty()) {
            return "ok";
        }
        StringBuilder sb = new StringBuilder();
        for (Severity s : new Severity[] {Severity.ERROR, Severity.WARNING, Severity.INFO}) {
            long n = c.findings().stream().filter(f -> f.severity() == s).count();
            if (n > 0) {
                sb.append(sb.length() > 0 ? ", " : "").append(n).append(' ').append(s.name().toLowerCase(Locale.ROOT))
                        .append(s == Severity.INFO ? "" : "(s)");
            }
        }
        return sb.toString();
    }

    static void appendFindings(StringBuilder sb, DoctorReport report, String bullet, String fix) {
        report.findings().forEach(f -> {
            sb.append(bullet).append(f.severity()).append(' ').append(f.code()).append(' ').append(f.subject());
            if (f.count() > 0 && !f.examples().isEmpty()) {
                sb.append(" (").append(f.count()).append(" row(s), e.g. ").append(String.join(", ", f.examples()))
                        .append(')');
            }
            sb.append(": ").append(f.message()).append(NL);
            sb.append(fix).append(f.advice()).append(NL);
        });
    }

    static String totals(DoctorReport r) {
        return String.format(Locale.ROOT, "%d column(s): %d error(s), %d warning(s), %d info", r.columns().size(),
                count(r, Severity.ERROR), count(r, Severity.WARNING), count(r, Severity.INFO));
    }

    static long count(DoctorReport r, Severity s) {
        return r.findings().filter(f -> f.severity() == s).count();
    }

    private static String pct(double share) {
        return String.format(Locale.ROOT, "%.1f %%", share * 100);
    }

    private static void findings(StringBuilder sb, List<Finding> findings) {
        sb.append('[');
        for (int i = 0; i < findings.size(); i++) {
            Finding f = findings.get(i);
            sb.append(i > 0 ? "," : "").append("{\"code\":").append(str(f.code()))
                    .append(",\"severity\":").append(str(f.severity().name().toLowerCase(Locale.ROOT)))
                    .append(",\"subject\":").append(str(f.subject()))
                    .append(",\"count\":").append(f.count())
                    .append(",\"examples\":[");
            for (int k = 0; k < f.examples().size(); k++) {
                sb.append(k > 0 ? "," : "").append(str(f.examples().get(k)));
            }
            sb.append("],\"message\":").append(str(f.message()))
                    .append(",\"advice\":").append(str(f.advice())).append('}');
        }
        sb.append(']');
    }

    private static String num(double d) {
        return Double.isNaN(d) || Double.isInfinite(d) ? "null" : String.format(Locale.ROOT, "%.4f", d);
    }

    /** A JSON string literal (RFC 8259 escapes), or {@code null}. */
    static String str(String s) {
        if (s == null) {
            return "null";
        }
        StringBuilder sb = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            switch (ch) {
                case '"':
                    sb.append("\\\"");
                    break;
                case '\\':
                    sb.append("\\\\");
                    break;
                case '\n':
                    sb.append("\\n");
                    break;
                case '\r':
                    sb.append("\\r");
                    break;
                case '\t':
                    sb.append("\\t");
                    break;
                default:
                    if (ch < 0x20 || ch >= 0x7F) {
                        sb.append(String.format(Locale.ROOT, "\\u%04x", (int) ch));
                    } else {
                        sb.append(ch);
                    }
            }
        }
        return sb.append('"').toString();
    }

}
