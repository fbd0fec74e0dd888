package cn.wenzhou.fashion.designer;

import jakarta.inject.Singleton;

import cn.wenzhou.fashion.common.RecordService;
import cn.wenzhou.fashion.common.Records;

@Singleton
public class DesignerService extends RecordService<Designer, DesignerInput, DesignerView> {

    public DesignerService(Records records) {
        super(records, Designer.class, Designer.KIND, Designer::new, DesignerView::of);
    }
}
