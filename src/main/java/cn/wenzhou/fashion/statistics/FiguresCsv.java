package cn.wenzhou.fashion.statistics;

import java.util.ArrayList;
import java.util.List;

import jakarta.ws.rs.core.Response;

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

    /** The file as a download: the browser saves it under its name. */
    public static Response download(String body, String filename) {
        return Response.ok(body, MEDIA_TYPE + "; charset=UTF-8").header("Content-Disposition", "attachment; filename=\"" + filename + "\"").build();
    }

    /** Year by year, the city then the districts. */
    public static String budgets(BudgetFigures figures) {
        return Csv.of(BudgetFigures.Row.class, figures.rows());
    }

    public static String budgetsFilename(BudgetFigures figures) {
        return "voucher-budgets-" + figures.fromYear() + "-" + figures.toYear() + ".csv";
    }

    /** Members settled per year, district and kind. */
    public static String settled(SettlingInFigures figures) {
        return Csv.of(SettlingInFigures.Settled.class, figures.settled());
    }

    /** Support granted and left per policy and year. */
    public static String support(SettlingInFigures figures) {
        return Csv.of(SettlingInFigures.Support.class, figures.support());
    }
}
