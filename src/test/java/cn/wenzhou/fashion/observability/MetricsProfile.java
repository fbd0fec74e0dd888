package cn.wenzhou.fashion.observability;

import cn.wenzhou.fashion.web.LimitsProfile;

/** {@link LimitsProfile}'s low limits in a service of its own, so that every count of /q/metrics starts at zero. */
public class MetricsProfile extends LimitsProfile {
}
