package cn.wenzhou.fashion.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A speaker of an event: a designer profile of the library (whose name is kept too), or only a name. */
@Embeddable
public class Speaker {
    @Column(name = "designer_id")
    public Long designerId;

    @Column(name = "name", nullable = false, length = 200)
    public String name;

    public Speaker() {
    }

    public Speaker(Long designerId, String name) {
        this.designerId = designerId;
        this.name = name;
    }
}
