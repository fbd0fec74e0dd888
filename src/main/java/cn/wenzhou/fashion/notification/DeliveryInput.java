package cn.wenzhou.fashion.notification;

import jakarta.validation.constraints.NotNull;

import cn.wenzhou.fashion.domain.AlertDelivery;

/** How an alert is to reach its owner. */
public record DeliveryInput(@NotNull AlertDelivery delivery) {
}
