#pragma once

#include "engine/assessment.h"

#include <QFrame>

class QLabel;

/// The verdict in plain words: an icon, a headline and a sentence on a tinted band. The tint is the one
/// hard-coded colour in the wizard, and it never stands alone (icon and text say the same).
class VerdictBanner : public QFrame
{
    Q_OBJECT

public:
    explicit VerdictBanner(QWidget *parent = nullptr);

    void setVerdict(hpr::Verdict verdict, const QString &detail);
    QString headline() const;
    QString detail() const;

private:
    QLabel *m_icon;
    QLabel *m_headline;
    QLabel *m_detail;
};
