package no.bedriftsportal.billing;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;

/**
 * Record layout of the Nets "OCR giro" file of incoming payments (DOMAIN-RULES.md "Bank OCR file"),
 * after Nets' "OCR giro — system specification". Positions are 1-based and inclusive, as in the
 * specification; parser and writer both read them from here.
 *
 * <pre>
 * Every record                pos   len
 *   format code "NY"           1-2    2
 *   service code               3-4    2   00 transmission, 09 OCR giro
 *   transaction type           5-6    2   00 on start/end records, 10–21 on amount items
 *   record type                7-8    2   10, 20, 30, 31, 32, 88, 89
 *
 * 10 start transmission       NY000010
 *   data sender                9-16   8   Nets is 00008080
 *   transmission number       17-23   7
 *   data recipient            24-31   8   the payee's customer unit id at Nets
 *   filler (zeros)            32-80  49
 *
 * 20 start assignment         NY090020
 *   agreement id               9-17   9
 *   assignment number         18-24   7
 *   assignment account        25-35  11   the payee's account the payments were credited to
 *   filler (zeros)            36-80  45
 *
 * 30 amount item 1            NY09tt30
 *   transaction number         9-15   7   same in items 1, 2 (and 3)
 *   nets date                 16-21   6   DDMMYY, the date the payment was settled
 *   centre id                 22-23   2
 *   day code                  24-25   2
 *   partial settlement no.    26      1
 *   partial settlement serial 27-31   5
 *   sign                      32      1   '0', or '-' for a negative amount
 *   amount in øre             33-49  17
 *   KID                       50-74  25   right-aligned, space-filled; blank on 20/21 "with text"
 *   filler (zeros)            75-80   6
 *
 * 31 amount item 2            NY09tt31
 *   transaction number         9-15   7
 *   form number               16-25  10
 *   archive reference         26-34   9
 *   filler                    35-41   7   zeros (some banks put data here; not read)
 *   bank date                 42-47   6   DDMMYY
 *   debit account             48-58  11   zeros when unknown
 *   filler (zeros)            59-80  22
 *
 * 32 amount item 3            NY09tt32   only for transaction types 20 and 21 (payment with text)
 *   transaction number         9-15   7
 *   free text                 16-55  40   not kept
 *   filler (zeros)            56-80  25
 *
 * 88 end assignment           NY090088
 *   number of transactions     9-16   8
 *   number of records         17-24   8   including this assignment's 20 and 88
 *   total amount in øre       25-41  17
 *   nets date                 42-47   6   DDMMYY
 *   first nets date           48-53   6   earliest nets date in the assignment
 *   last nets date            54-59   6   latest nets date in the assignment
 *   filler (zeros)            60-80  21
 *
 * 89 end transmission         NY000089
 *   number of transactions     9-16   8
 *   number of records         17-24   8   including the file's 10 and 89
 *   total amount in øre       25-41  17
 *   nets date                 42-47   6   DDMMYY
 *   filler (zeros)            48-80  33
 * </pre>
 */
final class OcrGiroLayout {

    static final Charset CHARSET = StandardCharsets.ISO_8859_1;
    static final int LINE_LENGTH = 80;
    static final String FORMAT_CODE = "NY";
    static final String SERVICE_TRANSMISSION = "00";
    static final String SERVICE_OCR_GIRO = "09";
    static final String NO_TRANSACTION_TYPE = "00";
    static final String NETS_DATA_SENDER = "00008080";
    /** DDMMYY; two-digit years are read as 2000–2099. */
    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("ddMMuu");

    static final String START_TRANSMISSION = "10";
    static final String START_ASSIGNMENT = "20";
    static final String AMOUNT_ITEM_1 = "30";
    static final String AMOUNT_ITEM_2 = "31";
    static final String AMOUNT_ITEM_3 = "32";
    static final String END_ASSIGNMENT = "88";
    static final String END_TRANSMISSION = "89";

    record Field(String name, int from, int to) {
        int length() {
            return to - from + 1;
        }
    }

    static final Field FORMAT = new Field("format code", 1, 2);
    static final Field SERVICE_CODE = new Field("service code", 3, 4);
    static final Field TRANSACTION_TYPE = new Field("transaction type", 5, 6);
    static final Field RECORD_TYPE = new Field("record type", 7, 8);

    static final Field DATA_SENDER = new Field("data sender", 9, 16);
    static final Field TRANSMISSION_NUMBER = new Field("transmission number", 17, 23);
    static final Field DATA_RECIPIENT = new Field("data recipient", 24, 31);

    static final Field AGREEMENT_ID = new Field("agreement id", 9, 17);
    static final Field ASSIGNMENT_NUMBER = new Field("assignment number", 18, 24);
    static final Field ASSIGNMENT_ACCOUNT = new Field("assignment account", 25, 35);

    static final Field TRANSACTION_NUMBER = new Field("transaction number", 9, 15);
    static final Field NETS_DATE = new Field("nets date", 16, 21);
    static final Field CENTRE_ID = new Field("centre id", 22, 23);
    static final Field DAY_CODE = new Field("day code", 24, 25);
    static final Field PARTIAL_SETTLEMENT_NUMBER = new Field("partial settlement number", 26, 26);
    static final Field PARTIAL_SETTLEMENT_SERIAL = new Field("partial settlement serial number", 27, 31);
    static final Field SIGN = new Field("sign", 32, 32);
    static final Field AMOUNT = new Field("amount", 33, 49);
    static final Field KID = new Field("KID", 50, 74);

    static final Field FORM_NUMBER = new Field("form number", 16, 25);
    static final Field ARCHIVE_REFERENCE = new Field("archive reference", 26, 34);
    static final Field BANK_DATE = new Field("bank date", 42, 47);
    static final Field DEBIT_ACCOUNT = new Field("debit account", 48, 58);

    static final Field NUMBER_OF_TRANSACTIONS = new Field("number of transactions", 9, 16);
    static final Field NUMBER_OF_RECORDS = new Field("number of records", 17, 24);
    static final Field TOTAL_AMOUNT = new Field("total amount", 25, 41);
    static final Field END_NETS_DATE = new Field("nets date", 42, 47);
    static final Field FIRST_NETS_DATE = new Field("first nets date", 48, 53);
    static final Field LAST_NETS_DATE = new Field("last nets date", 54, 59);

    private OcrGiroLayout() {
    }
}
