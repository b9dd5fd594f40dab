#pragma once

#include <QWidget>

namespace neuroio::ui {

// The first screen when no connection is configured.
class WelcomePage final : public QWidget
{
    Q_OBJECT

public:
    explicit WelcomePage(QWidget *parent = nullptr);

signals:
    void demoRequested();
    void connectRequested();
};

} // namespace neuroio::ui
