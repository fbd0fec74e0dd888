package cn.wenzhou.fashion.dev.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Random;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import cn.wenzhou.fashion.domain.Designer;
import cn.wenzhou.fashion.domain.District;
import cn.wenzhou.fashion.domain.Event;
import cn.wenzhou.fashion.domain.EventType;
import cn.wenzhou.fashion.domain.Industry;
import cn.wenzhou.fashion.domain.Institution;
import cn.wenzhou.fashion.domain.RecordKind;
import cn.wenzhou.fashion.domain.Speaker;
import cn.wenzhou.fashion.domain.WenzhouClock;
import io.quarkus.narayana.jta.QuarkusTransaction;

import lombok.RequiredArgsConstructor;

/**
 * Events of the demo library, past and coming, organised by its institutions and designers: training, forums,
 * lectures by its designers, exchanges and a design competition. Deterministic by seed, dated around the day the
 * demo library is made.
 */
@ApplicationScoped
@RequiredArgsConstructor
public class DemoEvents {

    /** Events written: half in the past three months, half in the coming three. */
    static final int COUNT = 24;
    private static final String[] SUBJECTS = {"鞋履设计趋势", "时尚面料创新", "眼镜工业设计", "皮革绿色工艺", "服装数字化设计", "品牌营销与直播电商",
            "知识产权保护", "创新券申领实务"};
    private static final List<String> ADDRESSES = List.of("温州市时尚智造中心报告厅", "瓯海时尚产业园会议室", "温州大学设计学院", "鞋都产业园展厅");

    private final EntityManager em;
    private final Clock clock;

    public int write(long seed) {
        Random random = new Random(seed);
        return QuarkusTransaction.requiringNew().call(() -> {
            List<Institution> institutions = em.createQuery("from Institution order by id", Institution.class).setMaxResults(20).getResultList();
            List<Designer> designers = em.createQuery("from Designer order by id", Designer.class).setMaxResults(20).getResultList();
            if (institutions.isEmpty() || designers.isEmpty()) {
                return 0;
            }
            LocalDate today = LocalDate.now(clock);
            for (int n = 0; n < COUNT; n++) {
                EventType type = EventType.values()[n % EventType.values().length];
                String subject = SUBJECTS[random.nextInt(SUBJECTS.length)];
                Event event = new Event();
                event.eventType = type;
                event.externalId = "demo-event-" + seed + "-" + n;
                Designer speaker = designers.get(random.nextInt(designers.size()));
                boolean byDesigner = type == EventType.EXCHANGE;
                if (byDesigner) {
                    event.organiserKind = RecordKind.DESIGNER;
                    event.organiserId = speaker.id;
                    event.organiserName = speaker.name;
                    event.ownerId = speaker.ownerId;
                } else {
                    Institution organiser = institutions.get(random.nextInt(institutions.size()));
                    event.organiserKind = RecordKind.INSTITUTION;
                    event.organiserId = organiser.id;
                    event.organiserName = organiser.name;
                    event.ownerId = organiser.ownerId;
                }
                event.titleZh = subject + switch (type) {
                    case TRAINING -> "培训班";
                    case FORUM -> "论坛";
                    case LECTURE -> "讲座";
                    case EXCHANGE -> "交流会";
                    case COMPETITION -> "设计大赛";
                };
                event.descriptionZh = "面向温州时尚产业企业与设计师的" + event.titleZh + "，主题：" + subject + "。";
                int days = (n % 2 == 0 ? -1 : 1) * (3 + random.nextInt(88));
                ZonedDateTime starts = today.plusDays(days).atTime(LocalTime.of(9 + random.nextInt(6), 0)).atZone(WenzhouClock.ZONE);
                event.startsAt = starts.toInstant();
                event.endsAt = starts.plusHours(type == EventType.TRAINING ? 6 : 3).toInstant();
                event.registrationOpensAt = starts.minusDays(30).toInstant();
                event.registrationClosesAt = event.startsAt;
                if (n % 4 == 3) {
                    event.onlineUrl = "https://live.example.cn/wenzhou-fashion/" + n;
                } else {
                    event.district = List.of(District.LUCHENG, District.OUHAI, District.RUIAN, District.LONGWAN).get(random.nextInt(4));
                    event.address = ADDRESSES.get(random.nextInt(ADDRESSES.size()));
                }
                if (type == EventType.LECTURE || type == EventType.FORUM) {
                    event.speakers.add(new Speaker(speaker.id, speaker.name));
                }
                event.capacity = 30 + 10 * random.nextInt(10);
                event.industries = List.of(Industry.values()[random.nextInt(Industry.values().length)]);
                event.topics = List.of(subject);
                event.checkInCode = "DEMO" + (1000 + n);
                if (type == EventType.COMPETITION) {
                    event.rules = "原创未发表作品；每位设计师每个类别限投一件。";
                    event.categories = List.of("鞋履", "服装", "配饰");
                    event.criteria = List.of("创意", "工艺", "市场潜力");
                    event.submissionsOpenAt = starts.minusDays(60).toInstant();
                    event.submissionsCloseAt = starts.minusDays(7).toInstant();
                }
                em.persist(event);
            }
            return COUNT;
        });
    }
}
