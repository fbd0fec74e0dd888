package cn.wenzhou.fashion.records;

/** What every record's view has: the id that addresses it in the API. */
public interface RecordView {

    Long id();
}
