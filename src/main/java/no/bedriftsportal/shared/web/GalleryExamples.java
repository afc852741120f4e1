package no.bedriftsportal.shared.web;

import java.util.List;

/**
 * The gallery's examples: each component's markup, written once, which the gallery both renders
 * and prints. The same markup is in {@code docs/design-system.md}.
 */
public final class GalleryExamples {

    /**
     * One component: an anchor id, its name, when to use it, and its markup, in which {@code @-}
     * starts each id so that the gallery can show an example twice with ids of its own.
     */
    public record Example(String id, String name, String use, String markup) {

        /** The markup with its ids starting {@code prefix-}. */
        public String html(String prefix) {
            return markup.replace("@-", prefix + "-");
        }
    }

    static final List<Example> ALL = List.of(
            new Example("page-head", "Page header", "The top of a page: the heading, its status and the page's actions.", """
                    <div class="page-head">
                      <h1>Faktura 2026001234</h1>
                      <span class="status" data-status="NEW">Ny</span>
                      <div class="page-actions">
                        <a class="button button--quiet button--small" href="#page-head">Last ned PDF</a>
                      </div>
                    </div>"""),
            new Example("buttons", "Buttons", "One primary button per form or page; quiet for the rest; danger for what deletes.", """
                    <div class="form-actions">
                      <button type="button" class="button">Lagre</button>
                      <button type="button" class="button button--quiet">Avbryt</button>
                      <button type="button" class="button button--danger button--small">Fjern</button>
                      <button type="button" class="link-button">Vis brukere</button>
                    </div>"""),
            new Example("card-grid", "Card grid and cards", "The dashboard: half cards go in pairs, .card--wide spans the row;"
                    + " a half card without a partner spans the row by itself.", """
                    <div class="card-grid">
                      <section class="card" aria-labelledby="@-card-1"><h2 id="@-card-1">Abonnementer</h2>
                        <p class="card__figure">2 000 <span class="card__unit">aktive</span></p></section>
                      <section class="card" aria-labelledby="@-card-2"><h2 id="@-card-2">Fakturaer</h2>
                        <p class="card__figure">44 474,36 kr <span class="card__unit">forfalt</span></p></section>
                      <section class="card card--wide" aria-labelledby="@-card-3"><h2 id="@-card-3">Kostnader</h2>
                        <p class="card__foot muted">Et bredt kort fyller raden.</p></section>
                    </div>"""),
            new Example("panel", "Panel with facts", "A group of facts on a document page.", """
                    <section class="panel" aria-labelledby="@-panel">
                      <h2 id="@-panel">Betaling</h2>
                      <dl class="facts">
                        <dt>Forfallsdato</dt><dd>20.12.2026</dd>
                        <dt>KID</dt><dd>0012345678</dd>
                        <dt>Å betale</dt><dd class="num">12 345,67 kr</dd>
                      </dl>
                    </section>"""),
            new Example("segmented", "Segmented control", "A choice of a few periods or views; radio buttons, so arrows move the choice.", """
                    <fieldset class="segmented">
                      <legend class="visually-hidden">Periode</legend>
                      <label class="segmented__option"><input type="radio" name="@-period" value="7" checked><span>7 dager</span></label>
                      <label class="segmented__option"><input type="radio" name="@-period" value="30"><span>30 dager</span></label>
                      <label class="segmented__option"><input type="radio" name="@-period" value="90"><span>90 dager</span></label>
                    </fieldset>"""),
            new Example("form", "Form with a field error", "The error stands above the field, is named by aria-describedby and marks the field invalid.", """
                    <form class="form" action="#form">
                      <div class="field field--invalid">
                        <label for="@-msisdn">Mobilnummer</label>
                        <p class="field__hint" id="@-msisdn-hint">Åtte siffer, for eksempel 912 34 567.</p>
                        <p class="field__error" id="@-msisdn-error">Mobilnummeret må ha åtte siffer.</p>
                        <input type="tel" id="@-msisdn" value="912 34" aria-invalid="true" aria-describedby="@-msisdn-hint @-msisdn-error">
                      </div>
                      <div class="form-actions"><button type="submit" class="button">Legg til</button></div>
                    </form>"""),
            new Example("status", "Badges and status", "Tags for lists of names; a status always has words, never colour alone.", """
                    <p><span class="tag">Mobil</span><span class="tag">Faktura</span></p>
                    <p><span class="status" data-status="NEW">Ny</span>
                      <span class="status" data-status="PAID">Betalt</span>
                      <span class="status" data-status="OVERDUE">Forfalt</span></p>"""),
            new Example("notice", "Notices", "What happened after an action (role=status), or what went wrong.", """
                    <p class="notice notice--success" role="status">Tilgangen er lagret.</p>
                    <p class="notice notice--error">Kortet kunne ikke hentes.</p>"""),
            new Example("table-stack", "Table that becomes a card list", "Every table: in a .table-wrap, which is a focusable region"
                    + " when it can scroll; each cell has a data-label. Narrower than 30rem, each row is a card.", """
                    <div class="table-wrap" tabindex="0" role="region" aria-label="Bruk siste 30 dager">
                      <table class="table table--stack">
                        <caption class="visually-hidden">Bruk siste 30 dager</caption>
                        <thead><tr><th scope="col">Bruker</th><th scope="col" class="num">Minutter</th>
                          <th scope="col" class="num">MB</th><th scope="col" class="num">Kroner</th></tr></thead>
                        <tbody>
                          <tr><th scope="row">Kari Nordmann</th><td class="num" data-label="Minutter">1 234</td>
                            <td class="num" data-label="MB">6 377</td><td class="num nowrap" data-label="Kroner">1 234,50 kr</td></tr>
                          <tr><th scope="row">Ola Nordmann</th><td class="num" data-label="Minutter">87</td>
                            <td class="num" data-label="MB">512</td><td class="num nowrap" data-label="Kroner">99,00 kr</td></tr>
                        </tbody>
                      </table>
                    </div>"""),
            new Example("table-pairs", "Card list in pairs", "A list whose cards put the figure that matters first: .table--stack-pairs"
                    + " with the .cell--* order classes (the invoice list).", """
                    <div class="table-wrap" tabindex="0" role="region" aria-label="Fakturaer">
                      <table class="table table--stack table--stack-pairs" role="table">
                        <caption class="visually-hidden">Fakturaer</caption>
                        <thead role="rowgroup"><tr role="row"><th scope="col" role="columnheader">Dato</th><th scope="col" role="columnheader">Nummer</th>
                          <th scope="col" role="columnheader" class="num">Beløp</th><th scope="col" role="columnheader">Forfall</th></tr></thead>
                        <tbody role="rowgroup"><tr role="row">
                          <td role="cell" class="cell--date" data-label="Dato">01.12.2026</td>
                          <th scope="row" role="rowheader" class="cell--number" data-label="Nummer">2026001234</th>
                          <td role="cell" class="num nowrap cell--total" data-label="Beløp">44 474,36 kr</td>
                          <td role="cell" class="cell--due" data-label="Forfall">20.12.2026</td></tr></tbody>
                      </table>
                    </div>"""),
            new Example("split", "Side panel (a sheet on a phone)", "A list with the details of one row beside it from 60rem,"
                    + " below it on narrower screens. With .split__panel--sheet and data-sheet-panel, a panel that holds a"
                    + " close button ([data-close-panel]) is a sheet over the bottom of a phone's screen instead, closed by"
                    + " that button or Escape (the dashboard's user panels; not shown here, it would cover the gallery).", """
                    <div class="split">
                      <div class="split__main"><p>Listen står her.</p></div>
                      <aside class="split__panel" aria-labelledby="@-panel-title">
                        <h3 id="@-panel-title">Kari Nordmann</h3>
                        <p class="muted">912 34 567 · Salg</p>
                      </aside>
                    </div>"""),
            new Example("scroll-region", "Scroll region", "Anything that may scroll (overflow:auto) is a named region that"
                    + " takes focus, so it scrolls by keyboard too. Only for figures that are no amounts (a day per column);"
                    + " a list with amounts is a .table--stack.", """
                    <div class="table-scroll" tabindex="0" role="region" aria-label="MB per dag i desember">
                      <table class="table table--compact">
                        <caption class="visually-hidden">MB per dag i desember</caption>
                        <thead><tr><th scope="col">Dag</th><th scope="col" class="num">01.12.</th><th scope="col" class="num">02.12.</th>
                          <th scope="col" class="num">03.12.</th><th scope="col" class="num">04.12.</th><th scope="col" class="num">05.12.</th>
                          <th scope="col" class="num">06.12.</th><th scope="col" class="num">07.12.</th><th scope="col" class="num">08.12.</th></tr></thead>
                        <tbody><tr><th scope="row">MB</th><td class="num">1 204</td><td class="num">987</td><td class="num">1 530</td>
                          <td class="num">2 011</td><td class="num">1 876</td><td class="num">640</td><td class="num">512</td><td class="num">1 398</td></tr></tbody>
                      </table>
                    </div>"""));

    private GalleryExamples() {
    }
}
