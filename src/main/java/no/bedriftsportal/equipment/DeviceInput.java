package no.bedriftsportal.equipment;

/**
 * A device as a person types it: the register form, a row of an import file, or the API's fields. Every value is
 * text (blank for none), checked and resolved by {@link DeviceCheck}.
 *
 * @param holder         {@code id:<employee id>} (the form's and the API's choice), or an employee number, an e-mail
 *                       address or a name (an import file)
 * @param phone          a mobile number of one of the company's subscriptions
 * @param customerNumber the department
 * @param status         only read on import (the form registers in stock, or in use with a holder)
 */
public record DeviceInput(String kind, String make, String model, String imei, String serialNumber, String phone,
        String holder, String customerNumber, String purchasedOn, String price, String supplier, String warrantyEndsOn,
        String status, String notes) {

    static DeviceInput empty() {
        return new DeviceInput("", "", "", "", "", "", "", "", "", "", "", "", "", "");
    }

    /** The value of a field by its name, as the form and the import columns name them. */
    public String value(String field) {
        String value = switch (field) {
            case "kind" -> kind;
            case "make" -> make;
            case "model" -> model;
            case "imei" -> imei;
            case "serialNumber" -> serialNumber;
            case "phone" -> phone;
            case "holder" -> holder;
            case "customerNumber" -> customerNumber;
            case "purchasedOn" -> purchasedOn;
            case "price" -> price;
            case "supplier" -> supplier;
            case "warrantyEndsOn" -> warrantyEndsOn;
            case "status" -> status;
            case "notes" -> notes;
            default -> throw new IllegalArgumentException(field);
        };
        return value == null ? "" : value;
    }
}
