package cn.wenzhou.fashion.statistics;

import java.util.ArrayList;
import java.util.List;

/** The bureau's figures as the CSV files the API and the dashboard both offer for download. */
public final class FiguresCsv {

    public static final String MEDIA_TYPE = "text/csv";

    private FiguresCsv() {
    }

    /** The whole span, then by district, industry and year. */
    public static String vouchers(VoucherFigures figures) {
        List<VoucherFigures.Row> rows = new ArrayList<>();
        rows.add(figures.total());
        rows.addAll(figures.byDistrict());
        rows.addAll(figures.byIndustry());
        rows.addAll(figures.byYear());
        return Csv.of(VoucherFigures.Row.class, rows);
    }

    public static String vouchersFilename(VoucherFigures figures) {
        return "vouchers-" + figures.fromYear() + "-" + figures.toYear() + ".csv";
    }

    /** By industry, then the total. */
    public static String funnel(FunnelFigures figures) {
        List<FunnelFigures.Row> rows = new ArrayList<>(figures.byIndustry());
        rows.add(figures.total());
        return Csv.of(FunnelFigures.Row.class, rows);
    }

    /** The response header that makes a browser save the file under its name. */
    public static String attachment(String filename) {
        return "attachment; filename=\"" + filename + "\"";
    }
}
